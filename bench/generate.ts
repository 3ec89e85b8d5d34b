// Writes the synthetic data set (dataset.ts) into the app's real tables, set-based: one transaction per
// council, each table filled by one INSERT … SELECT FROM unnest($arrays) (the inputs expanded server-side
// from one jsonb object per assessment with jsonb_each), so 2.72 M inputs take 34 × 8 statements.

import { type DatasetShape, type PlannedCouncil, planCouncil } from "./dataset";

/** Runs one SQL statement with positional parameters: pg's Client/Pool and PGlite both fit. */
export type RunSql = (text: string, params?: unknown[]) => Promise<unknown>;

export type GenerateResult = {
  councils: number;
  clusters: number;
  units: number;
  inputs: number;
  ms: number;
};

const VALID_FROM = "2015-01-01";

/** Generates council after council (one transaction each); `progress` is told after each council. */
export async function generateDataset(
  run: RunSql,
  shape: DatasetShape,
  progress: (done: number, total: number) => void = () => {},
): Promise<GenerateResult> {
  const start = performance.now();
  const result = { councils: 0, clusters: 0, units: 0, inputs: 0 };
  for (let c = 0; c < shape.councils; c++) {
    const council = planCouncil(shape, c);
    await writeCouncil(run, council);
    result.councils++;
    result.clusters += council.clusters.length;
    for (const k of council.clusters) {
      result.units += k.units.length;
      for (const i of k.inputs.values()) result.inputs += Object.keys(i).length;
    }
    progress(result.councils, shape.councils);
  }
  await run("ANALYZE");
  return { ...result, ms: performance.now() - start };
}

async function writeCouncil(run: RunSql, council: PlannedCouncil): Promise<void> {
  const clusters = council.clusters;
  const units = clusters.flatMap((k) => k.units.map((u) => ({ ...u, clusterId: k.id })));
  await run("BEGIN");
  try {
    await run("INSERT INTO councils (id, code, name) VALUES ($1, $2, $3)", [
      council.id,
      council.code,
      council.name,
    ]);
    await run(
      `INSERT INTO organizations (id, council_id, kind, code, valid_from)
       SELECT t.id, $2::uuid, t.kind, t.code, $5::date FROM unnest($1::uuid[], $3::text[], $4::text[]) AS t(id, kind, code)`,
      [
        [council.orgId, ...units.map((u) => u.id)],
        council.id,
        ["council", ...units.map(() => "unit")],
        [council.code, ...units.map((u) => u.code)],
        VALID_FROM,
      ],
    );
    await run(
      `INSERT INTO organization_names (council_id, org_id, name, valid_from)
       SELECT $1::uuid, t.org_id, t.name, $4::date FROM unnest($2::uuid[], $3::text[]) AS t(org_id, name)`,
      [
        council.id,
        [council.orgId, ...units.map((u) => u.id)],
        [council.name, ...units.map((u) => u.name)],
        VALID_FROM,
      ],
    );
    await run(
      `INSERT INTO clusters (id, council_id, kind, code, name, year)
       SELECT t.id, $1::uuid, 'cum', t.code, t.name, t.year FROM unnest($2::uuid[], $3::text[], $4::text[], $5::int[]) AS t(id, code, name, year)`,
      [
        council.id,
        clusters.map((k) => k.id),
        clusters.map((k) => k.code),
        clusters.map((k) => k.name),
        clusters.map((k) => k.year),
      ],
    );
    await run(
      `INSERT INTO cluster_members (council_id, cluster_id, unit_id, role)
       SELECT $1::uuid, t.cluster_id, t.unit_id, t.role FROM unnest($2::uuid[], $3::uuid[], $4::text[]) AS t(cluster_id, unit_id, role)`,
      [council.id, units.map((u) => u.clusterId), units.map((u) => u.id), units.map((u) => u.role)],
    );
    await run(
      `INSERT INTO pacts (id, council_id, cluster_id, status, criteria, rules, locked_at)
       SELECT t.id, $1::uuid, t.cluster_id, 'locked', t.criteria, t.rules, now()
       FROM unnest($2::uuid[], $3::uuid[], $4::jsonb[], $5::jsonb[]) AS t(id, cluster_id, criteria, rules)`,
      [
        council.id,
        clusters.map((k) => k.pactId),
        clusters.map((k) => k.id),
        clusters.map((k) => JSON.stringify(k.criteria)),
        clusters.map((k) => JSON.stringify(k.rules)),
      ],
    );
    const assessmentIds = units.map((u) => u.assessmentId);
    await run(
      `INSERT INTO assessments (id, council_id, cluster_id, unit_id, status)
       SELECT t.id, $1::uuid, t.cluster_id, t.unit_id, 'published' FROM unnest($2::uuid[], $3::uuid[], $4::uuid[]) AS t(id, cluster_id, unit_id)`,
      [council.id, assessmentIds, units.map((u) => u.clusterId), units.map((u) => u.id)],
    );
    // Published assessments: self and final values are both stored (reviewed kept the self value).
    await run(
      `INSERT INTO assessment_inputs (council_id, assessment_id, criterion_code, self_value, final_value)
       SELECT $1::uuid, a.id, e.key, e.value, e.value
       FROM unnest($2::uuid[], $3::jsonb[]) AS a(id, inputs), jsonb_each(a.inputs) AS e(key, value)`,
      [
        council.id,
        assessmentIds,
        clusters.flatMap((k) => k.units.map((u) => JSON.stringify(k.inputs.get(u.id) ?? {}))),
      ],
    );
    await run("COMMIT");
  } catch (err) {
    await run("ROLLBACK").catch(() => {});
    throw err;
  }
}
