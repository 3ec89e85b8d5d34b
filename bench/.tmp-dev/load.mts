import pg from "pg";

const url = "postgres://postgres@127.0.0.1:5499/thidua_bench_3922";
const c = new pg.Client({ connectionString: url });
await c.connect();
await c.query("set jit = off");
const variants: Record<string, [string, number]> = {
  jsonb: [
    `SELECT a.cluster_id, a.unit_id, (select jsonb_object_agg(i.criterion_code, i.final_value) from assessment_inputs i where i.assessment_id = a.id AND i.final_value IS NOT NULL) AS inputs FROM assessments a WHERE a.status='published' ORDER BY a.cluster_id, a.unit_id`,
    1000,
  ],
  json: [
    `SELECT a.cluster_id, a.unit_id, (select json_object_agg(i.criterion_code, i.final_value) from assessment_inputs i where i.assessment_id = a.id AND i.final_value IS NOT NULL) AS inputs FROM assessments a WHERE a.status='published' ORDER BY a.cluster_id, a.unit_id`,
    1000,
  ],
  raw: [
    `SELECT a.cluster_id, a.unit_id, i.criterion_code, i.final_value FROM assessments a JOIN assessment_inputs i ON i.assessment_id = a.id WHERE a.status='published' AND i.final_value IS NOT NULL ORDER BY a.cluster_id, a.unit_id`,
    80000,
  ],
};
for (const name of process.argv.slice(2)) {
  const [q, n] = variants[name]!;
  const t = performance.now();
  let rows = 0;
  let wait = 0;
  await c.query("BEGIN");
  await c.query(`DECLARE cur NO SCROLL CURSOR FOR ${q}`);
  for (let k = 0; k < 10000; k++) {
    const t1 = performance.now();
    const r = await c.query(`FETCH ${n} FROM cur`);
    wait += performance.now() - t1;
    if (r.rows.length === 0) break;
    rows += r.rows.length;
  }
  await c.query("COMMIT");
  console.log(
    name,
    rows,
    ((performance.now() - t) / 1000).toFixed(2),
    "s",
    (process.memoryUsage().heapUsed / 1e6) | 0,
    "MB",
  );
}
await c.end();
