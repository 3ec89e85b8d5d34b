// How far one council's audited writes scale on PostgreSQL: 50 connections each appending audit rows to
// the same council's chain as fast as they go, in the two ways the chain has been linked:
//   - "head locked by the application" (until migration 0016): lock the head (SELECT … FOR UPDATE), send
//     the row and the new head, then COMMIT — the head is held across two round trips to the application;
//   - "linked at commit" (now): INSERT the row with its digest, COMMIT — the `audit_seal` trigger locks the
//     head and links the row inside the commit, so no round trip happens while the head is held.
// Raw SQL from light clients, so that the figure is the chain's, not the application's CPU.
// `BENCH_DATABASE_URL=postgres://… npx tsx bench/audit-append.ts [seconds]`

import { randomUUID } from "node:crypto";
import pg from "pg";
import { openDatabase } from "../src/db/open";
import { auditDigest, auditLink } from "../src/modules/audit/hash";
import { verifyAudit } from "../src/modules/audit/verify-audit";
import { makeCouncil } from "../src/test-support/factories";
import { loadAverage } from "./machine";
import { createDatabase, dropDatabase, urlForDatabase } from "./postgres-admin";
import { distribution, int, ms } from "./stats";

const CONNECTIONS = 50;
const seconds = Number(process.argv[2] ?? 4);
const admin = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5499/postgres";
const name = `thidua_bench_audit_${process.pid}`;
await dropDatabase(admin, name);
await createDatabase(admin, name);
const url = urlForDatabase(admin, name);

type Mode = "head locked by the application" | "linked at commit";

function content(councilId: string, n: number) {
  return {
    councilId,
    at: new Date().toISOString(),
    actorId: null,
    actorName: "bench",
    action: "update",
    entity: "assessment_input",
    entityId: `bench-${n}`,
    before: { value: n },
    after: { value: n + 1 },
  };
}

const INSERT = `insert into audit_log (council_id, at, actor_id, actor_name, action, entity, entity_id, before, after,
  seq, prev_hash, hash, digest) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`;

async function appendOnce(client: pg.Client, mode: Mode, councilId: string, n: number) {
  const c = content(councilId, n);
  const values = [
    c.councilId,
    c.at,
    c.actorId,
    c.actorName,
    c.action,
    c.entity,
    c.entityId,
    c.before,
    c.after,
  ];
  const digest = auditDigest(c);
  await client.query("begin");
  if (mode === "linked at commit") {
    await client.query(INSERT, [...values, null, null, null, digest]);
  } else {
    const head = await client.query<{ last_seq: number; last_hash: string }>(
      "select last_seq, last_hash from audit_heads where council_id = $1 for update",
      [councilId],
    );
    const { last_seq: seq, last_hash: prev } = head.rows[0]!;
    const hash = auditLink(prev, seq + 1, digest);
    await client.query(
      `with appended as (${INSERT}) update audit_heads set last_seq = $10, last_hash = $12 where council_id = $1`,
      [...values, seq + 1, prev, hash, digest],
    );
  }
  await client.query("commit");
}

async function run(mode: Mode, councilId: string) {
  const clients = await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      return c;
    }),
  );
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  let n = 0;
  await Promise.all(
    clients.map(async (client) => {
      while (performance.now() < until) {
        const t = performance.now();
        await appendOnce(client, mode, councilId, n++);
        latencies.push(performance.now() - t);
      }
    }),
  );
  await Promise.all(clients.map((c) => c.end()));
  const d = distribution(latencies);
  console.log(
    `${mode}: ${int(latencies.length / seconds)} appends/s, p50 ${ms(d.median, 1)}, p99 ${ms(d.p99, 1)} ` +
      `(${CONNECTIONS} connections, one council, ${seconds} s; ${loadAverage()})`,
  );
}

const database = await openDatabase({ kind: "postgres", url });
try {
  for (const round of [1, 2]) {
    for (const mode of ["head locked by the application", "linked at commit"] as const) {
      const { councilId } = await makeCouncil(database.db, `Cơ quan đo ${mode} ${round} ${randomUUID()}`);
      await run(mode, councilId);
    }
  }
  const verified = await verifyAudit(database.db);
  console.log(`chains verified: ${verified.ok ? `yes, ${verified.rows} rows` : JSON.stringify(verified)}`);
} finally {
  await database.close();
  await dropDatabase(admin, name);
}
