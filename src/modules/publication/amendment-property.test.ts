import { and, eq } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ClusterYear, Criterion, Rules, ScoreInput } from "../../contracts/cluster-year";
import { parseClusterYear, scoreClusterYear } from "../../core/scoring";
import { canonicalJson } from "../../core/text/canonical-json";
import type { Database } from "../../db/open";
import { auditLog } from "../../db/schema";
import { openTestDatabase } from "../../db/testing";
import { pageTotals, stageTotals } from "../../test-support/totals-everywhere";
import { bringToFinal, publishAll, SELF_INPUTS, setUpCluster } from "../assessments/test-fixtures";
import { amendPact } from "../pacts/amend-pact";
import { previewAmendment } from "../pacts/preview-amendment";
import { currentRecord } from "./current-record";
import { reopenPublication } from "./reopen-publication";
import { currentPact, lockPact } from "./test-fixtures";

// Property: random amendments to a locked pact whose results are published (a maximum, a method's parameter,
// a criterion added or removed, the bands, the leading threshold, a title) never change a published total without a
// reopen record. An oracle independent of the amendment code decides whether an amendment would change a
// published result: the published file scored by the engine on the amended table.

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const inputs = (i: number): Record<string, ScoreInput> => ({
  ...SELF_INPUTS,
  "I.2": { points: 3 + 0.5 * i },
  "I.4": { actual: 100 + 10 * i },
  "V.1": { actual: 25 + 2 * i },
});

type Table = { criteria: Criterion[]; rules: Rules };
type Change = { kind: (typeof KINDS)[number]; pick: number; factor: number };
const KINDS = ["max", "parameter", "add", "remove", "bands", "leading", "title"] as const;

const leaves = (list: readonly Criterion[]): Criterion[] =>
  list.flatMap((c) => (c.method === undefined ? leaves(c.children) : [c]));
const round2 = (n: number) => Math.round(n * 100) / 100;

/** Applies one change to the table; the criterion or band it touches is chosen by `pick`. */
function amended(table: Table, change: Change): Table {
  const out = structuredClone(table);
  const all = leaves(out.criteria);
  const leaf = all[change.pick % all.length]!;
  switch (change.kind) {
    case "max":
      if (leaf.max !== undefined) leaf.max = Math.max(0.5, round2(leaf.max * change.factor));
      break;
    case "parameter":
      if ("target" in leaf && typeof leaf.target === "number")
        leaf.target = Math.max(1, round2(leaf.target * change.factor));
      else if ("pointsEach" in leaf && typeof leaf.pointsEach === "number")
        leaf.pointsEach = round2(leaf.pointsEach * change.factor);
      else if (leaf.method === "levels")
        leaf.levels = leaf.levels.map((l, i) =>
          i === change.pick % leaf.levels.length
            ? { ...l, ratio: Math.min(1, round2(l.ratio * change.factor)) }
            : l,
        );
      break;
    case "add": {
      const groups = out.criteria.filter((c) => c.method === undefined);
      const group = groups[change.pick % groups.length];
      const fresh = {
        code: `${group?.code ?? "X"}.${90 + (change.pick % 9)}`,
        title: "Tiêu chí bổ sung",
        method: "manual",
        max: 1,
      } as Criterion;
      if (group && group.method === undefined && !all.some((c) => c.code === fresh.code))
        group.children.push(fresh);
      else out.criteria.push({ ...fresh, code: `T.${90 + (change.pick % 9)}`, method: "bonus" } as Criterion);
      break;
    }
    case "remove":
      out.criteria = out.criteria
        .filter((c) => c.code !== leaf.code)
        .map((c) =>
          c.method === undefined ? { ...c, children: c.children.filter((x) => x.code !== leaf.code) } : c,
        );
      break;
    case "bands": {
      const bands = out.rules.bands ?? [];
      const band = bands[change.pick % Math.max(1, bands.length)];
      if (band) band.min = round2(band.min * change.factor);
      break;
    }
    case "title":
      leaf.title = `${leaf.title} (sửa đổi ${change.pick})`;
      break;
    case "leading":
      out.rules.leading = { minTotal: round2((out.rules.leading?.minTotal ?? 90) * change.factor) };
      break;
  }
  return out;
}

/** Would the published results change on this table? Scored by the engine alone, inputs as published. */
function wouldChange(
  file: ClusterYear,
  published: ReturnType<typeof scoreClusterYear>,
  table: Table,
): boolean {
  const parsed = parseClusterYear({ ...file, criteria: table.criteria, rules: table.rules });
  if (!parsed.ok) return true;
  const again = scoreClusterYear(parsed.file);
  const view = (r: typeof published) =>
    canonicalJson(
      r.results.map((x) => ({
        unit: x.unit,
        rank: x.rank,
        total: x.total,
        band: x.band,
        lead: x.eligibleForLeading,
        scores: x.scores,
      })),
    );
  return view(again) !== view(published);
}

describe("amendments of a locked, published pact", () => {
  it("never change a published total without a reopen record", async () => {
    const s = await setUpCluster(database.db);
    await lockPact(s);
    await bringToFinal(s, undefined, inputs);
    await publishAll(s);
    const at = { db: s.db, clusterId: s.cluster.id };
    const units = Object.fromEntries(s.units.map((u) => [u.code, u.id]));
    const record = await currentRecord(s.db, s.cluster.id);
    if (!record) throw new Error("not published");
    const published = Object.fromEntries(record.results.results.map((r) => [r.unit, r.total]));
    expect(new Set(Object.values(published)).size).toBeGreaterThan(3);
    const seenTotals = async () => ({
      ranking: (await stageTotals(s.db, s.observer.actor, s.cluster.id, "final")).ranking,
      pages: (await pageTotals(s.db, s.admin.actor, s.cluster.id, units)).final,
      unitPage: (
        await pageTotals(s.db, s.editors[5]!.actor, s.cluster.id, { [s.units[5]!.code]: s.units[5]!.id })
      ).final,
    });
    const expected = {
      ranking: published,
      pages: published,
      unitPage: { [s.units[5]!.code]: published[s.units[5]!.code] },
    };
    // Eligibility to be proposed as the leading unit is part of a published result, like its band.
    const first = await currentPact(s);
    const unreachable = { ...(first.rules as Rules), leading: { minTotal: 200 } };
    await expect(
      amendPact({
        ...at,
        actor: s.admin.actor,
        input: {
          criteria: first.criteria,
          rules: unreachable,
          version: first.version,
          reason: "Nâng ngưỡng",
        },
      }),
    ).rejects.toMatchObject({
      status: 409,
      issues: expect.arrayContaining([
        expect.objectContaining({
          message: expect.stringContaining("đủ điều kiện đề nghị dẫn đầu có → không"),
        }),
      ]),
    });
    const outcomes = { taken: 0, refused: 0, invalid: 0 };
    const change = fc.record({
      kind: fc.constantFrom(...KINDS),
      pick: fc.nat({ max: 1000 }),
      factor: fc.constantFrom(0.5, 0.8, 0.9, 1.1, 1.25, 2),
    });
    await fc.assert(
      fc.asyncProperty(change, async (c) => {
        const pact = await currentPact(s);
        const table = amended({ criteria: pact.criteria, rules: pact.rules as Rules }, c);
        const input = { ...table, version: pact.version, reason: "Sửa đổi thử nghiệm" };
        const changes = wouldChange(record.file, record.results, table);
        const preview = await previewAmendment({ ...at, actor: s.admin.actor, input: table }).catch((e) => e);
        const result = await amendPact({ ...at, actor: s.admin.actor, input }).catch((e) => e);
        if (result?.status === 400) outcomes.invalid++;
        else if (result?.status === 409) {
          expect(result.code).toBe("published_results_affected");
          expect(preview.blocked).toBe(true);
          expect(changes, `refused though nothing published changes: ${JSON.stringify(c)}`).toBe(true);
          outcomes.refused++;
        } else {
          expect(result?.version, JSON.stringify(result)).toBe(pact.version + 1);
          expect(changes, `taken though it changes a published result: ${JSON.stringify(c)}`).toBe(false);
          outcomes.taken++;
        }
        const latest = await currentRecord(s.db, s.cluster.id);
        expect(latest?.id).toBe(record.id);
        expect(await seenTotals()).toEqual(expected);
      }),
      { numRuns: 14, seed: 20211231, endOnFailure: true },
    );
    expect(outcomes.refused).toBeGreaterThan(0);
    expect(outcomes.taken).toBeGreaterThan(0);

    // To change the results, the council reopens them with a reason, amends, and publishes again.
    const reason = "Hội đồng thống nhất điều chỉnh thang điểm I.2 (Biên bản ngày 05/01/2022)";
    await reopenPublication({ ...at, actor: s.admin.actor, input: { reason } });
    const pact = await currentPact(s);
    const lowered = amended(
      { criteria: pact.criteria, rules: pact.rules as Rules },
      { kind: "max", pick: leaves(pact.criteria).findIndex((c) => c.code === "I.2"), factor: 0.5 },
    );
    await amendPact({ ...at, actor: s.admin.actor, input: { ...lowered, version: pact.version, reason } });
    await publishAll(s);
    const republished = await currentRecord(s.db, s.cluster.id);
    expect(republished?.seq).toBe(record.seq + 1);
    expect(republished?.results.results.map((r) => r.total)).not.toEqual(
      record.results.results.map((r) => r.total),
    );
    const reopened = await s.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.councilId, s.councilId),
          eq(auditLog.action, "reopen"),
          eq(auditLog.entity, "cluster_publication"),
        ),
      );
    expect(reopened.map((r) => r.after)).toEqual([expect.objectContaining({ reason })]);
  }, 180_000);
});
