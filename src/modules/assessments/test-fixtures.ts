import type { Criterion, ScoreInput } from "../../contracts/cluster-year";
import type { Db } from "../../db/types";
import { grant, makeCluster, makeCouncil, makeUnits, makeUser, system } from "../../test-support/factories";
import type { Actor } from "../auth/actor";
import { createPact } from "../pacts/create-pact";
import { propagandaCriteria, propagandaRules } from "../pacts/templates/propaganda";
import { getPublication } from "../publication/get-publication";
import { publishCluster } from "../publication/publish-cluster";
import { completeReview } from "./complete-review";
import { finalizeAssessment } from "./finalize-assessment";
import { getAssessment } from "./get-assessment";
import { saveSelfInput } from "./save-self-input";
import { submitAssessment } from "./submit-assessment";

// A council of its own with a six-member cluster on the propaganda pact, and one account per role,
// for the assessment workflow's tests.

export const UNIT_NAMES = [
  "Ban Tuyên giáo Thành ủy Hạ Long",
  "Ban Tuyên giáo Thành ủy Uông Bí",
  "Ban Tuyên giáo Thị ủy Quảng Yên",
  "Ban Tuyên giáo Thị ủy Đông Triều",
  "Ban Tuyên giáo Thành ủy Cẩm Phả",
  "Ban Tuyên giáo Thành ủy Móng Cái",
];

/**
 * With `targets` (criterion code → each unit's own target, in UNIT_NAMES order) the pact is the
 * propaganda table with those targets, as the demo's pact has them.
 */
export async function setUpCluster(db: Db, opts: { targets?: Record<string, number[]> } = {}) {
  const { councilId, orgId: councilOrgId } = await makeCouncil(db);
  const units = await makeUnits(db, councilId, UNIT_NAMES);
  const cluster = await makeCluster(
    db,
    councilId,
    units.map((u) => u.id),
  );
  if (opts.targets) {
    const criteria = withTargets(
      propagandaCriteria,
      opts.targets,
      units.map((u) => u.code),
    );
    const input = { source: "file", criteria, rules: propagandaRules };
    await createPact({ db, actor: system, clusterId: cluster.id, input });
  } else {
    await createPact({ db, actor: system, clusterId: cluster.id, input: { source: "template" } });
  }
  const admin = await makeUser(db, [grant("council_admin", councilId)]);
  const head = await makeUser(db, [
    grant("cluster_head", councilId, { clusterId: cluster.id, unitId: units[0]!.id }),
  ]);
  const editors = [];
  for (const unit of units) {
    editors.push(await makeUser(db, [grant("unit_editor", councilId, { unitId: unit.id })]));
  }
  const viewer = await makeUser(db, [grant("unit_viewer", councilId, { unitId: units[1]!.id })]);
  const observer = await makeUser(db, [grant("observer", councilId)]);
  const foreign = await makeCouncil(db, "Cơ quan chủ trì khác");
  const foreignAdmin = await makeUser(db, [grant("council_admin", foreign.councilId)]);
  return {
    db,
    councilId,
    councilOrgId,
    units,
    cluster,
    admin,
    head,
    editors,
    viewer,
    observer,
    foreignAdmin,
  };
}

/** A complete, realistic self-assessment on the propaganda table (bonus and penalty included). */
export const SELF_INPUTS: Record<string, ScoreInput> = {
  "I.1": { level: "Hoàn thành tốt" },
  "I.2": { points: 5.5 },
  "I.3": { count: 20 },
  "I.4": { actual: 130 },
  "II.1": { passed: true },
  "II.2": { actual: 97 },
  "II.3": { level: "Tốt" },
  "III.1": { count: 12 },
  "III.2": { points: 5 },
  "IV.1": { actual: 11 },
  "IV.2": { level: "Khá" },
  "V.1": { actual: 34 },
  "V.2": { points: 4.5 },
  "VI.1": { points: 4.5 },
  "VI.2": { passed: true },
  "T.1": { points: 2 },
  "TR.1": { count: 1 },
};

/** Saves every given self input as a fresh value (version 0). */
export async function fillSelf(
  db: Db,
  actor: Actor,
  clusterId: string,
  unitId: string,
  inputs: Record<string, ScoreInput> = SELF_INPUTS,
) {
  for (const [criterionCode, value] of Object.entries(inputs)) {
    await saveSelfInput({ db, actor, clusterId, unitId, input: { criterionCode, value, version: 0 } });
  }
}

type Setup = Awaited<ReturnType<typeof setUpCluster>>;

/** The assessment's current version, as the page shows it to the council (what an approval carries). */
export async function seenVersion(s: Setup, unitIndex: number): Promise<number> {
  const at = { db: s.db, clusterId: s.cluster.id, unitId: s.units[unitIndex]!.id };
  return (await getAssessment({ ...at, actor: s.admin.actor })).version;
}

/**
 * Brings units (by index; default all) from nothing to final: self-scored (SELF_INPUTS unless given),
 * submitted, review completed as self-scored, finalized by the council on the version it saw.
 */
export async function bringToFinal(
  s: Setup,
  indexes: number[] = s.units.map((_, i) => i),
  inputs: (i: number) => Record<string, ScoreInput> = () => SELF_INPUTS,
): Promise<void> {
  for (const i of indexes) {
    const at = { db: s.db, clusterId: s.cluster.id, unitId: s.units[i]!.id };
    await fillSelf(s.db, s.editors[i]!.actor, s.cluster.id, s.units[i]!.id, inputs(i));
    await submitAssessment({ ...at, actor: s.editors[i]!.actor });
    await completeReview({ ...at, actor: s.admin.actor });
    await finalizeAssessment({ ...at, actor: s.admin.actor, input: { version: await seenVersion(s, i) } });
  }
}

/** The council publishes the cluster-year with the versions it sees on the publication page. */
export async function publishAll(s: Setup, actor: Actor = s.admin.actor) {
  const publication = await getPublication({ db: s.db, actor: s.admin.actor, clusterId: s.cluster.id });
  const versions = Object.fromEntries(publication.units.map((u) => [u.unitId, u.version]));
  return publishCluster({ db: s.db, actor, clusterId: s.cluster.id, input: { versions } });
}

/** A minimal but real PDF, and a Linux program (ELF) to be renamed .pdf. */
export const PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);
export const ELF = Uint8Array.from([
  0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0, 1, 0, 0, 0,
]);

function withTargets(criteria: Criterion[], targets: Record<string, number[]>, codes: string[]): Criterion[] {
  return criteria.map((c) => {
    if (c.method === undefined) return { ...c, children: withTargets(c.children, targets, codes) };
    const own = targets[c.code];
    if (!own || (c.method !== "target" && c.method !== "leaderRelative")) return c;
    return { ...c, targets: Object.fromEntries(codes.map((code, i) => [code, own[i]!])) };
  });
}
