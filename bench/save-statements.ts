// The SQL statements one score save sends (PGlite, in process), and how many of them run while the
// council's audit head is held (none since the commit links the audit row):
// `npx tsx bench/save-statements.ts`. A count, so it does not depend on the machine's load.

import type { PGlite } from "@electric-sql/pglite";
import { openDatabase } from "../src/db/open";
import { saveSelfInput } from "../src/modules/assessments/save-self-input";
import { setUpCluster } from "../src/modules/assessments/test-fixtures";
import { recordSql, type Step } from "./sql-recorder";

const database = await openDatabase({ kind: "pglite" });
const s = await setUpCluster(database.db);
const client = (database.db as unknown as { $client: PGlite }).$client;
const at = { db: database.db, clusterId: s.cluster.id, unitId: s.units[1]!.id };
const save = (code: string, points: number, version: number) =>
  saveSelfInput({
    ...at,
    actor: s.editors[1]!.actor,
    input: { criterionCode: code, value: { points }, version },
  });

await save("I.2", 1, 0);
for (const [label, run] of [
  ["a first input of a criterion", () => save("III.2", 2, 0)],
  ["an input saved again", () => save("I.2", 3, 1)],
] as const) {
  const steps = await recordSql(client, async () => {
    await run();
  });
  const statements = steps.flatMap((s: Step) => (s.kind === "query" ? [s.statement] : s.statements));
  const lock = statements.findIndex((st) => /audit_heads/.test(st.text) && /for update/i.test(st.text));
  // Since migration 0016 the application never locks the head: the commit's trigger links the row.
  console.log(
    `${label}: ${statements.length} statements in ${steps.length} transaction(s) (BEGIN/COMMIT not counted); ` +
      `${lock < 0 ? "none" : statements.length - lock} of them with the audit head held (it is held for the commit only)`,
  );
  for (const st of statements) console.log(`   ${st.text.replace(/\s+/g, " ").slice(0, 110)}`);
}
await database.close();
