// Set-based loading for "recompute every ranking": ONE query yields each cluster-year with its pact,
// its members (code, name as at 31 December of the year) and their published final inputs, read through
// a server-side cursor in chunks, so memory stays bounded and the database works while the engine scores.

import type pg from "pg";
import type { ClusterYear, Criterion, Rules, ScoreInput, Scores } from "../src/contracts/cluster-year";
import { CLUSTER_YEAR_FORMAT } from "../src/contracts/cluster-year";

// json_object_agg, not jsonb_object_agg: it only concatenates text, where jsonb re-parses, sorts and
// de-duplicates the keys (about 1.5× the database time on 2.72 M inputs).
const CLUSTER_YEARS = (where: string) => `
  SELECT c.id, c.code, c.name, c.year, p.criteria, p.rules,
    (SELECT json_agg(json_build_object('code', o.code, 'name', n.name, 'inputs', (
        SELECT json_object_agg(i.criterion_code, i.final_value)
        FROM assessment_inputs i
        WHERE i.assessment_id = a.id AND i.final_value IS NOT NULL
      )) ORDER BY o.code)
     FROM cluster_members m
     JOIN organizations o ON o.id = m.unit_id
     LEFT JOIN assessments a ON a.cluster_id = m.cluster_id AND a.unit_id = m.unit_id AND a.status = 'published'
     LEFT JOIN LATERAL (
       SELECT name FROM organization_names nn
       WHERE nn.org_id = o.id AND nn.valid_from <= make_date(c.year, 12, 31)
       ORDER BY nn.valid_from DESC LIMIT 1
     ) n ON true
     WHERE m.cluster_id = c.id) AS units
  FROM clusters c JOIN pacts p ON p.cluster_id = c.id
  ${where}
  ORDER BY c.id`;

type Row = {
  id: string;
  code: string;
  name: string;
  year: number;
  criteria: Criterion[];
  rules: Rules;
  units: { code: string; name: string | null; inputs: Record<string, ScoreInput> | null }[] | null;
};

export type Loaded = { clusterId: string; file: ClusterYear };

/**
 * Streams every cluster-year that has a pact, `chunk` clusters per FETCH; the next chunk is asked for
 * before `onChunk` runs, so the database prepares it meanwhile. Returns the ms spent waiting for rows.
 */
export async function streamClusterYears(
  client: pg.ClientBase,
  chunk: number,
  onChunk: (loaded: Loaded[]) => void,
): Promise<{ waitMs: number; clusters: number }> {
  let waitMs = 0;
  let clusters = 0;
  await client.query("BEGIN READ ONLY");
  try {
    // The planner's cost for this query is high enough to JIT-compile it (PostgreSQL 15 default), which
    // took ~0.8 s (inlining + optimisation + emission) for no gain: the work is index lookups and JSON.
    await client.query("SET LOCAL jit = off");
    await client.query(`DECLARE cluster_years NO SCROLL CURSOR FOR ${CLUSTER_YEARS("")}`);
    const fetch = () => client.query<Row>(`FETCH ${chunk} FROM cluster_years`);
    let next = fetch();
    // Bounded: at most one FETCH per cluster plus the final empty one.
    for (let guard = 0; guard < 1_000_000; guard++) {
      const t = performance.now();
      const { rows } = await next;
      const loaded = rows.map(toFile);
      waitMs += performance.now() - t;
      if (rows.length === 0) break;
      next = fetch();
      clusters += rows.length;
      onChunk(loaded);
    }
  } finally {
    await client.query("COMMIT");
  }
  return { waitMs, clusters };
}

/** The given clusters' cluster-years (for checks), by the same query. */
export async function loadClusterYears(client: pg.ClientBase, clusterIds: string[]): Promise<Loaded[]> {
  const { rows } = await client.query<Row>(CLUSTER_YEARS("WHERE c.id = ANY($1::uuid[])"), [clusterIds]);
  return rows.map(toFile);
}

function toFile(row: Row): Loaded {
  const units = row.units ?? [];
  const scores: Scores = {};
  for (const u of units) if (u.inputs) scores[u.code] = u.inputs;
  return {
    clusterId: row.id,
    file: {
      format: CLUSTER_YEAR_FORMAT,
      cluster: { code: row.code, name: row.name },
      year: row.year,
      units: units.map((u) => ({ code: u.code, name: u.name ?? u.code })),
      criteria: row.criteria,
      rules: row.rules,
      scores,
    },
  };
}
