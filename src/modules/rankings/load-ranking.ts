import type {
  ClusterYear,
  Criterion,
  RankingV1,
  Rules,
  ScoreInput,
  Scores,
} from "../../contracts/cluster-year";
import type { RankingStage } from "../../contracts/rankings";
import { endOfYear, pickAt } from "../../core/orgs/dated";
import { maxPoints, scoreClusterYear } from "../../core/scoring";
import { compareVi } from "../../core/text/collate";
import { batchedRead } from "../../db/batched-read";
import type { Db } from "../../db/types";
import { isSingleWriter, writeGeneration } from "../../db/write-generation";
import { notFound } from "../../server/errors";
import type { Actor } from "../auth/actor";
import { canSeeCluster } from "../clusters/policy";
import { currentRecord, type PublishedRecord } from "../publication/current-record";
import { buildClusterYear, type Ignored } from "./build-file";
import { changedAssessments } from "./meta-delta";
import { type RankingAccess, rankingAccess, stageView } from "./policy";
import { type CacheEntry, cachedEntry, cachedView } from "./ranking-cache";
import { type InputJoinRow, inputsOfCluster, pactTable, type RankingMeta, rankingMetas } from "./repo";

type ClusterData = {
  criteria: Criterion[];
  rules: Rules;
  inputs: InputJoinRow[];
  published: PublishedRecord | undefined;
};
export type Member = { unitId: string; code: string; name: string; role: "head" | "deputy" | "member" };

/** What every ranking request starts from: the cluster as the actor may see it, and its cache entry. */
export type RankingContext = {
  cluster: { id: string; councilId: string; code: string; name: string; year: number };
  /** Every member, in Vietnamese order of the names they had that year. */
  members: Member[];
  access: RankingAccess;
  hasPact: boolean;
  meta: RankingMeta;
  db: Db;
};

/** A ranking of one stage: the engine's file and result for the units the actor may see at that stage. */
export type RankingView = {
  stage: RankingStage;
  units: Member[];
  pending: Member[];
  file: ClusterYear | null;
  ranking: RankingV1 | null;
  ignored: Ignored[];
  /** The pact's criteria as signed (all units' targets). */
  criteria: Criterion[];
  maxPoints: number;
  bonusCap: number | null;
};

/** One query decides: 404 when the actor may not see the cluster; otherwise its members and access. */
export async function rankingContext(db: Db, actor: Actor, clusterId: string): Promise<RankingContext> {
  const meta = await readMeta(db, clusterId);
  if (!meta) throw notFound("Cụm thi đua");
  const { cluster } = meta;
  const rows = meta.members ?? [];
  const memberRows = rows.map((m) => ({ ...m, councilId: cluster.councilId, clusterId: cluster.id }));
  if (!canSeeCluster(actor, cluster, memberRows)) throw notFound("Cụm thi đua");
  const members = membersOf(meta);
  return {
    cluster: {
      id: cluster.id,
      councilId: cluster.councilId,
      code: cluster.code,
      name: cluster.name,
      year: cluster.year,
    },
    members,
    access: rankingAccess(
      actor,
      cluster,
      rows.map((m) => m.unitId),
    ),
    hasPact: meta.pact !== null,
    meta,
    db,
  };
}

/**
 * The one scoring of a stage, over one defined set of units (the units the actor may see at that stage, see
 * `stageView`), for every page, export and document: the ranking, its matrix and Excel, the JSON export and
 * the assessment page. `valuesOf` ranks the same units with another stage's values (self against final);
 * `alsoUnitId` adds one unit the caller checked the actor may read (a unit's own draft on its page).
 * The final stage is the published record. Computed once per state of the database, then served from memory.
 */
export async function rankingView(
  ctx: RankingContext,
  stage: RankingStage,
  valuesOf: "stage" | "self" = "stage",
  alsoUnitId?: string,
): Promise<RankingView> {
  const view = stageView(stage, ctx.access);
  const statusOf = new Map((ctx.meta.assessments ?? []).map((a) => [a.unitId, a.status]));
  const units: Member[] = [];
  const pending: Member[] = [];
  for (const m of ctx.members) {
    const status = statusOf.get(m.unitId);
    const counted = status !== undefined && view.includes({ status, unitId: m.unitId });
    if (counted || (m.unitId === alsoUnitId && stage !== "final")) units.push(m);
    else pending.push(m);
  }
  const entry = clusterEntry(ctx);
  const data = await entry.data;
  const key = `${stage}:${valuesOf}:${units.map((u) => u.unitId).join(",")}`;
  return cachedView(entry, key, () => {
    const pick = valuesOf === "self" ? (i: InputJoinRow) => i.self : view.valueOf;
    if (stage === "final") return publishedView(ctx, data, valuesOf, pick);
    return computeView(ctx, stage, data, units, pending, pick);
  });
}

const membersByMeta = new WeakMap<RankingMeta, Member[]>();

/** The members in Vietnamese order of their names that year: sorted once per meta object (shared by requests). */
function membersOf(meta: RankingMeta): Member[] {
  let members = membersByMeta.get(meta);
  if (!members) {
    const at = endOfYear(meta.cluster.year);
    members = (meta.members ?? [])
      .map((m) => ({
        unitId: m.unitId,
        code: m.code,
        role: m.role,
        name: pickAt(m.names ?? [], at)?.name ?? m.code,
      }))
      .sort((a, b) => compareVi(a.name, b.name) || (a.code < b.code ? -1 : 1));
    membersByMeta.set(meta, members);
  }
  return members;
}

const entryOfRequest = new WeakMap<RankingContext, CacheEntry<ClusterData, RankingView>>();

/**
 * The cluster's cache entry at the data version the context read (loaded on first use). Taken once per
 * request: a newer request may have replaced the cluster's entry meanwhile, and asking again with this
 * request's older version would evict the newer entry (under steady writes, readers would evict each other).
 */
export function clusterEntry(ctx: RankingContext): CacheEntry<ClusterData, RankingView> {
  let entry = entryOfRequest.get(ctx);
  if (!entry) {
    entry = cachedEntry<ClusterData, RankingView>(
      ctx.db,
      ctx.cluster.id,
      fingerprintOf(ctx.meta),
      ctx.meta,
      (previous) => loadData(ctx, previous),
    );
    entryOfRequest.set(ctx, entry);
  }
  return entry;
}

const fingerprints = new WeakMap<RankingMeta, string>();
/** The data version: concurrent requests share one meta object (batchedRead), so it is serialised once. */
export function fingerprintOf(meta: RankingMeta): string {
  let f = fingerprints.get(meta);
  if (f === undefined) {
    f = JSON.stringify(meta);
    fingerprints.set(meta, f);
  }
  return f;
}

async function loadData(
  ctx: RankingContext,
  previous: CacheEntry<ClusterData, RankingView> | undefined,
): Promise<ClusterData> {
  if (!ctx.hasPact) return { criteria: [], rules: {}, inputs: [], published: undefined };
  const changed = previous && changedAssessments(previous.basis as RankingMeta, ctx.meta);
  const before = changed ? await previous.data.catch(() => null) : null;
  if (changed && before) {
    // Only some assessments moved (a score save): their inputs again, the rest as they were.
    if (changed.unitIds.length === 0) return before;
    const { id, councilId } = ctx.cluster;
    const fresh = await inputsOfCluster(ctx.db, id, councilId, changed.unitIds);
    const moved = new Set(changed.unitIds);
    return { ...before, inputs: [...before.inputs.filter((i) => !moved.has(i.unitId)), ...fresh] };
  }
  // One snapshot, so the inputs are checked against the table they were entered for.
  return ctx.db.transaction(
    async (tx) => {
      const table = await pactTable(tx, ctx.cluster.id);
      const inputs = await inputsOfCluster(tx, ctx.cluster.id, ctx.cluster.councilId);
      return {
        criteria: (table?.criteria as Criterion[] | undefined) ?? [],
        rules: (table?.rules as Rules | undefined) ?? {},
        inputs,
        published: await currentRecord(tx, ctx.cluster.id),
      };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

/**
 * The final stage is the published record, never a recomputation: the table and rules it was scored on, its
 * totals and ranks. Nothing before publication (and after a reopen). Self values of the same units are scored
 * on the record's table, so the two compare like for like.
 */
function publishedView(
  ctx: RankingContext,
  data: ClusterData,
  valuesOf: "stage" | "self",
  pick: (i: InputJoinRow) => unknown,
): RankingView {
  const record = data.published;
  if (!record) {
    return computeView(ctx, "final", { ...data, criteria: [] }, [], ctx.members, pick);
  }
  const inRecord = new Set(record.file.units.map((u) => u.code));
  const units = ctx.members.filter((m) => inRecord.has(m.code));
  const pending = ctx.members.filter((m) => !inRecord.has(m.code));
  const table = { ...data, criteria: record.file.criteria, rules: record.file.rules };
  if (valuesOf === "self") return computeView(ctx, "final", table, units, pending, pick);
  return {
    stage: "final",
    units,
    pending,
    file: record.file,
    ranking: record.results,
    ignored: [],
    criteria: record.file.criteria,
    maxPoints: maxPoints(record.file.criteria),
    bonusCap: record.file.rules.bonusCap ?? null,
  };
}

function computeView(
  ctx: RankingContext,
  stage: RankingStage,
  data: ClusterData,
  units: Member[],
  pending: Member[],
  pick: (i: InputJoinRow) => unknown,
): RankingView {
  const codeOf = new Map(units.map((u) => [u.unitId, u.code]));
  const scores: Scores = {};
  for (const u of units) scores[u.code] = {};
  for (const row of data.inputs) {
    const code = codeOf.get(row.unitId);
    const value = pick(row);
    if (code === undefined || value === null || value === undefined) continue;
    scores[code]![row.code] = value as ScoreInput;
  }
  const { file, ignored } = buildClusterYear({
    cluster: ctx.cluster,
    units: units.map((u) => ({ code: u.code, name: u.name })),
    criteria: data.criteria,
    rules: data.rules,
    scores,
  });
  return {
    stage,
    units: file ? units : [],
    pending: file ? pending : ctx.members,
    file,
    ranking: file ? scoreClusterYear(file) : null,
    ignored,
    criteria: data.criteria,
    maxPoints: data.criteria.length > 0 ? maxPoints(data.criteria) : 0,
    bonusCap: data.rules.bonusCap ?? null,
  };
}

const metaByGeneration = new WeakMap<
  Db,
  Map<string, { generation: string; meta: Promise<RankingMeta | undefined> }>
>();

/**
 * The cluster's fingerprint row. When this process is the only writer (the embedded database), it is
 * reused until the next write; otherwise every request reads it (several processes may write).
 */
function readMeta(db: Db, clusterId: string): Promise<RankingMeta | undefined> {
  const read = () => batchedRead(db, "ranking-meta", clusterId, (ids) => rankingMetas(db, ids));
  if (!isSingleWriter(db)) return read();
  let byCluster = metaByGeneration.get(db);
  if (!byCluster) {
    byCluster = new Map();
    metaByGeneration.set(db, byCluster);
  }
  const generation = writeGeneration(clusterId);
  const hit = byCluster.get(clusterId);
  if (hit && hit.generation === generation) return hit.meta;
  const meta = read();
  if (byCluster.size > 1024) byCluster.clear();
  byCluster.set(clusterId, { generation, meta });
  meta.catch(() => byCluster.delete(clusterId));
  return meta;
}
