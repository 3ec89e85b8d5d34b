import type { Criterion } from "../../contracts/cluster-year";
import { maxPoints } from "../../core/scoring";
import { clusterEntry, type RankingContext } from "../rankings/load-ranking";
import { changedAssessments } from "../rankings/meta-delta";
import { type CacheEntry, cachedLoad } from "../rankings/ranking-cache";
import { pactTable, type RankingMeta } from "../rankings/repo";
import { requiredCodes } from "./criteria";
import {
  assessmentIdsOfCluster,
  correctionsOfAssessments,
  eventsOfAssessments,
  evidenceOfAssessments,
  inputsOfAssessments,
} from "./page-repo";
import { assignmentsOfCluster, type CorrectionRow, type EventRow, type InputRow, userNames } from "./repo";

export type Evidence = Awaited<ReturnType<typeof evidenceOfAssessments>>[number];

/** Everything the cluster's assessment pages show, by assessment id, as of one data version. */
export type PageData = {
  criteria: Criterion[];
  maxPoints: number;
  required: string[];
  inputs: Map<string, InputRow[]>;
  evidence: Map<string, Evidence[]>;
  events: Map<string, EventRow[]>;
  corrections: Map<string, CorrectionRow[]>;
  names: Map<string, string>;
  /** Reviewed unit → the units assigned to cross-score it. */
  reviewersOf: Map<string, string[]>;
};

/**
 * The rows of every assessment page of the cluster, read once per data version (the ranking's fingerprint,
 * which the context read from the database in this request) and kept beside the ranking in its cache entry:
 * a write moves the fingerprint of its own cluster only, and no process serves a version the database has left.
 */
export function assessmentPageData(ctx: RankingContext): Promise<PageData> {
  const entry = clusterEntry(ctx);
  return cachedLoad(entry, PAGE_DATA, () => loadPageData(ctx, entry.previous));
}

const PAGE_DATA = "assessment-page-data";

async function loadPageData(ctx: RankingContext, previous: CacheEntry<unknown, unknown> | undefined) {
  const changed = previous && changedAssessments(previous.basis as RankingMeta, ctx.meta);
  const earlier = changed && (previous.views.get(PAGE_DATA) as Promise<PageData> | undefined);
  const before = earlier ? await earlier.catch(() => null) : null;
  if (changed && before) {
    // Only some assessments moved (a score save): their rows again, the rest as they were.
    return changed.ids.length === 0 ? before : reloadAssessments(ctx, before, changed.ids);
  }
  return loadAll(ctx);
}

async function loadAll(ctx: RankingContext): Promise<PageData> {
  // One snapshot: the values, their evidence and timeline as they stood together.
  return ctx.db.transaction(
    async (tx) => {
      const table = await pactTable(tx, ctx.cluster.id);
      const ids = await assessmentIdsOfCluster(tx, ctx.cluster.id);
      const inputs = await inputsOfAssessments(tx, ids);
      const evidence = await evidenceOfAssessments(tx, ids);
      const events = await eventsOfAssessments(tx, ids);
      const corrections = await correctionsOfAssessments(tx, ids);
      const names = await userNames(tx, [
        ...inputs.flatMap((i) => [i.reviewerId, i.updatedBy]),
        ...corrections.map((c) => c.actorId),
      ]);
      const reviewersOf = new Map<string, string[]>();
      for (const a of await assignmentsOfCluster(tx, ctx.cluster.id)) {
        reviewersOf.set(a.reviewedUnitId, [...(reviewersOf.get(a.reviewedUnitId) ?? []), a.reviewerUnitId]);
      }
      const criteria = (table?.criteria as Criterion[] | undefined) ?? [];
      return {
        criteria,
        maxPoints: maxPoints(criteria),
        required: requiredCodes(criteria),
        inputs: groupBy(inputs, (i) => i.assessmentId),
        evidence: groupBy(evidence, (e) => e.entityId.slice(0, e.entityId.indexOf(":"))),
        events: groupBy(events, (e) => e.assessmentId),
        corrections: groupBy(corrections, (c) => c.assessmentId),
        names,
        reviewersOf,
      };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

function reloadAssessments(ctx: RankingContext, before: PageData, ids: string[]): Promise<PageData> {
  return ctx.db.transaction(
    async (tx) => {
      const inputs = await inputsOfAssessments(tx, ids);
      const evidence = await evidenceOfAssessments(tx, ids);
      const events = await eventsOfAssessments(tx, ids);
      const corrections = await correctionsOfAssessments(tx, ids);
      const unnamed = [
        ...inputs.flatMap((i) => [i.reviewerId, i.updatedBy]),
        ...corrections.map((c) => c.actorId),
      ].filter((id): id is string => id !== null && !before.names.has(id));
      const names =
        unnamed.length > 0 ? new Map([...before.names, ...(await userNames(tx, unnamed))]) : before.names;
      return {
        ...before,
        inputs: replaced(
          before.inputs,
          ids,
          groupBy(inputs, (i) => i.assessmentId),
        ),
        evidence: replaced(
          before.evidence,
          ids,
          groupBy(evidence, (e) => e.entityId.slice(0, e.entityId.indexOf(":"))),
        ),
        events: replaced(
          before.events,
          ids,
          groupBy(events, (e) => e.assessmentId),
        ),
        corrections: replaced(
          before.corrections,
          ids,
          groupBy(corrections, (c) => c.assessmentId),
        ),
        names,
      };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

/** A copy of the map with these keys' rows replaced by the fresh ones (absent when none). */
function replaced<T>(before: Map<string, T[]>, ids: string[], fresh: Map<string, T[]>): Map<string, T[]> {
  const out = new Map(before);
  for (const id of ids) {
    const rows = fresh.get(id);
    if (rows) out.set(id, rows);
    else out.delete(id);
  }
  return out;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}
