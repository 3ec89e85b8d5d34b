// Set-based loading for "recompute every ranking": per council, three queries bring every cluster's pact,
// members (code and name as at the year's end) and published final inputs; no per-cluster round trips.

import type pg from "pg";
import type { ClusterYear, Criterion, Rules, ScoreInput, Scores } from "../src/contracts/cluster-year";
import { CLUSTER_YEAR_FORMAT } from "../src/contracts/cluster-year";

const PACTS = `
  SELECT c.id, c.code, c.name, c.year, p.criteria, p.rules
  FROM clusters c JOIN pacts p ON p.cluster_id = c.id
  WHERE c.council_id = $1
  ORDER BY c.code`;

// The name in force on 31 December of the cluster's year, else the latest before it (as namesAt does).
const MEMBERS = `
  SELECT m.cluster_id, m.unit_id, o.code, n.name
  FROM clusters c
  JOIN cluster_members m ON m.cluster_id = c.id
  JOIN organizations o ON o.id = m.unit_id
  LEFT JOIN LATERAL (
    SELECT name FROM organization_names n
    WHERE n.org_id = o.id AND n.valid_from <= make_date(c.year, 12, 31)
    ORDER BY n.valid_from DESC LIMIT 1
  ) n ON true
  WHERE c.council_id = $1`;

// One row per published assessment, its final inputs folded into one object server-side: 1,000 rows of
// ~2 KB per council instead of 80,000 tiny jsonb values to parse one by one.
const INPUTS = `
  SELECT a.cluster_id, a.unit_id, jsonb_object_agg(i.criterion_code, i.final_value) AS inputs
  FROM assessments a
  JOIN assessment_inputs i ON i.assessment_id = a.id
  WHERE a.council_id = $1 AND a.status = 'published' AND i.final_value IS NOT NULL
  GROUP BY a.id, a.cluster_id, a.unit_id`;

type PactRow = { id: string; code: string; name: string; year: number; criteria: Criterion[]; rules: Rules };
type MemberRow = { cluster_id: string; unit_id: string; code: string; name: string | null };
type InputRow = { cluster_id: string; unit_id: string; inputs: Record<string, ScoreInput> };

export async function councilIds(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ id: string }>("SELECT id FROM councils ORDER BY code");
  return rows.map((r) => r.id);
}

/** Every cluster-year of one council as the engine's file. */
export async function loadCouncilClusterYears(client: pg.ClientBase, councilId: string): Promise<ClusterYear[]> {
  const pacts = await client.query<PactRow>(PACTS, [councilId]);
  const members = await client.query<MemberRow>(MEMBERS, [councilId]);
  const inputs = await client.query<InputRow>(INPUTS, [councilId]);
  return assemble(pacts.rows, members.rows, inputs.rows);
}

function assemble(pacts: PactRow[], members: MemberRow[], inputs: InputRow[]): ClusterYear[] {
  const membersOf = new Map<string, MemberRow[]>();
  for (const m of members) {
    const list = membersOf.get(m.cluster_id);
    if (list) list.push(m);
    else membersOf.set(m.cluster_id, [m]);
  }
  const inputsOf = new Map<string, InputRow["inputs"]>();
  for (const i of inputs) inputsOf.set(`${i.cluster_id}/${i.unit_id}`, i.inputs);
  return pacts.map((p): ClusterYear => {
    const unitRows = membersOf.get(p.id) ?? [];
    const scores: Scores = {};
    for (const m of unitRows) {
      const own = inputsOf.get(`${p.id}/${m.unit_id}`);
      if (own) scores[m.code] = own;
    }
    return {
      format: CLUSTER_YEAR_FORMAT,
      cluster: { code: p.code, name: p.name },
      year: p.year,
      units: unitRows.map((m) => ({ code: m.code, name: m.name ?? m.code })),
      criteria: p.criteria,
      rules: p.rules,
      scores,
    };
  });
}
