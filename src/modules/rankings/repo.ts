import { and, eq, inArray, sql } from "drizzle-orm";
import { assessmentInputs, assessments, clusters, pacts } from "../../db/schema";
import type { DbOrTx } from "../../db/types";

// The ranking's SQL: one statement for everything that decides who sees what and whether a cached
// ranking is still right, and, on a cache miss, one for the pact's table and one for every input.

export type MemberJson = {
  unitId: string;
  role: "head" | "deputy" | "member";
  code: string;
  names: { name: string; validFrom: string; validTo: string | null }[] | null;
};
export type AssessmentJson = {
  id: string;
  unitId: string;
  status: (typeof assessments.$inferSelect)["status"];
  version: number;
  updatedAt: string;
  /** "count:sum of versions:latest update" of the assessment's inputs. */
  inputs: string;
  /** "count:latest upload:hash of ids" of the evidence files attached to its criteria. */
  evidence: string;
  /** Timeline entries (append-only; sending an explanation adds one without a new version). */
  events: number;
};

/**
 * For each cluster: the cluster, its pact's version, members (code and every name row), assessments (status,
 * version, an aggregate of their inputs: count, sum of versions, latest update, of their evidence
 * files, and their timeline's length), cross-scoring assignments and the publication in force: one round trip. It is the data version of
 * everything the ranking and the assessment page show (users' display names are never changed). Every writer of
 * assessment_inputs bumps `version` (optimistic concurrency), so the aggregate moves whenever a value does.
 */
export async function rankingMetas(db: DbOrTx, clusterIds: string[]) {
  const rows = await db
    .select({
      cluster: clusters,
      pact: { id: pacts.id, version: pacts.version, status: pacts.status, updatedAt: pacts.updatedAt },
      members: sql<MemberJson[] | null>`(
        select json_agg(json_build_object(
          'unitId', m.unit_id, 'role', m.role,
          'code', (select o.code from organizations o where o.id = m.unit_id),
          'names', (select json_agg(json_build_object('name', n.name, 'validFrom', n.valid_from, 'validTo', n.valid_to)
                    order by n.valid_from, n.id)
                    from organization_names n where n.org_id = m.unit_id)
        ) order by m.unit_id)
        from cluster_members m where m.cluster_id = ${clusters.id})`,
      // Per assessment: status and version, and its inputs' count, version sum and latest update (by the
      // primary key's index, so a cluster costs its own inputs only).
      assessments: sql<AssessmentJson[] | null>`(
        select json_agg(json_build_object(
          'id', a.id, 'unitId', a.unit_id, 'status', a.status, 'version', a.version, 'updatedAt', a.updated_at,
          'inputs', (select count(*)::text || ':' || coalesce(sum(i.version), 0)::text || ':'
                            || coalesce(max(i.updated_at)::text, '')
                     from assessment_inputs i where i.assessment_id = a.id),
          'evidence', (select count(*)::text || ':' || coalesce(max(f.uploaded_at)::text, '') || ':'
                              || coalesce(sum(hashtext(f.id::text)), 0)::text
                       from files f where f.entity = 'evidence' and split_part(f.entity_id, ':', 1) = a.id::text),
          'events', (select count(*)::int from assessment_events e where e.assessment_id = a.id)
        ) order by a.unit_id)
        from assessments a where a.cluster_id = ${clusters.id})`,
      // Cross-scoring assignments decide who may read and review an assessment.
      assignments: sql<string | null>`(
        select string_agg(r.reviewer_unit_id::text || '>' || r.reviewed_unit_id::text, ','
                          order by r.reviewed_unit_id, r.reviewer_unit_id)
        from review_assignments r where r.cluster_id = ${clusters.id})`,
      // The published record in force, if any: a publication, correction or reopen moves it.
      publication: sql<{ id: string; seq: number; reopened: boolean } | null>`(
        select json_build_object('id', p.id, 'seq', p.seq, 'reopened', p.reopened_at is not null)
        from cluster_publications p where p.cluster_id = ${clusters.id} order by p.seq desc limit 1)`,
    })
    .from(clusters)
    .leftJoin(pacts, eq(pacts.clusterId, clusters.id))
    .where(inArray(clusters.id, clusterIds));
  return new Map(rows.map((r) => [r.cluster.id, r]));
}
export type RankingMeta = NonNullable<ReturnType<Awaited<ReturnType<typeof rankingMetas>>["get"]>>;

export async function pactTable(db: DbOrTx, clusterId: string) {
  const [row] = await db
    .select({ criteria: pacts.criteria, rules: pacts.rules })
    .from(pacts)
    .where(eq(pacts.clusterId, clusterId));
  return row;
}

/** Every input of the cluster-year (or of some of its units), all stages side by side. */
export async function inputsOfCluster(db: DbOrTx, clusterId: string, councilId: string, unitIds?: string[]) {
  return db
    .select({
      unitId: assessments.unitId,
      status: assessments.status,
      code: assessmentInputs.criterionCode,
      self: assessmentInputs.selfValue,
      reviewed: assessmentInputs.reviewedValue,
      final: assessmentInputs.finalValue,
    })
    .from(assessmentInputs)
    .innerJoin(assessments, eq(assessments.id, assessmentInputs.assessmentId))
    .where(
      and(
        eq(assessments.clusterId, clusterId),
        eq(assessmentInputs.councilId, councilId),
        unitIds ? inArray(assessments.unitId, unitIds) : undefined,
      ),
    );
}
export type InputJoinRow = Awaited<ReturnType<typeof inputsOfCluster>>[number];
