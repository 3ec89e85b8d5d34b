// Benchmark: search latency over a synthetic Vietnamese corpus (one paragraph per good-practice row).
// Size: BENCH_SEARCH_ROWS (default 1,000,000 on PostgreSQL, 100,000 on PGlite; --quick: 20,000 each).
// Each word is drawn independently (a hash of row and position) with Zipf-like frequencies, as in real text: the
// first words of WORDS are in most paragraphs, the last in a few percent.

import { type SQL, sql } from "drizzle-orm";
import { type Database, openDatabase } from "../src/db/open";
import type { Actor } from "../src/modules/auth/actor";
import { systemActor } from "../src/modules/auth/actor";
import { createCouncil } from "../src/modules/orgs/create-council";
import { createUnit } from "../src/modules/orgs/create-unit";
import { search } from "../src/modules/search/search";
import type { BenchOptions } from "./options";
import { createDatabase, dropDatabase, postgresVersion, urlForDatabase } from "./postgres-admin";
import { distribution, int, ms, seconds } from "./stats";
import { type SummaryRow, verdict } from "./summary";

const TARGET_P95_MS = 50;
const WORDS =
  `tuyên truyền nghị quyết hội nghị cán bộ đảng viên nhân dân dư luận xã hội khu dân cư chi bộ học tập
  quán triệt phòng chống dịch bệnh văn hóa văn nghệ lý luận chính trị khoa giáo đấu tranh phản bác quan điểm
  sai trái thù địch Đông Triều Hạ Long Uông Bí Quảng Yên Cẩm Phả Móng Cái mô hình cách làm hay hiệu quả sáng
  tạo đổi mới nội dung hình thức thông tin chính thống mạng xã hội cộng tác viên báo cáo kết quả nổi bật
  tồn tại hạn chế nguyên nhân bài học kinh nghiệm đề xuất kiến nghị đại hội bầu cử thanh niên phụ nữ
  công nhân doanh nghiệp than biên giới cửa khẩu loa truyền thanh bản tin sân khấu hóa câu lạc bộ`
    .split(/\s+/)
    .filter(Boolean);
const QUERIES = [
  "dong trieu",
  "tuyên giáo",
  "tuyen truyen nghi quyet",
  "cong tac vien du luan",
  "loa truyen thanh",
  "san khau hoa",
  "Móng Cái cửa khẩu",
  "tuyen trugen",
  "nghi quyte",
  "hoi nghi can bo",
  // Every word is known, but no paragraph holds them all: the search must still answer quickly.
  "thanh niên phụ nữ công nhân doanh nghiệp biên giới sân khấu",
];

/** A 1-based index into WORDS for a draw: P(i) ∝ 1/i, from the hash of `draw` (same on PostgreSQL and PGlite). */
function zipf(draw: SQL): SQL {
  const u = sql`(abs(hashint8(${draw})::float8) / 2147483648.0)`;
  return sql`least(array_length(w, 1), floor(exp(${u} * ln(array_length(w, 1) + 1)))::int)`;
}

async function seed(database: Database, rows: number): Promise<Actor> {
  const system = systemActor("bench");
  const { councilId } = await createCouncil({
    db: database.db,
    actor: system,
    input: { code: `BENCH-${process.pid}`, name: "Ban Tuyên giáo (đo hiệu năng)", validFrom: "2015-01-01" },
  });
  const units: string[] = [];
  for (const place of ["Hạ Long", "Uông Bí", "Quảng Yên", "Đông Triều", "Cẩm Phả", "Móng Cái"]) {
    const unit = await createUnit({
      db: database.db,
      actor: system,
      input: {
        councilId,
        code: `U-${units.length}`,
        name: `Ban Tuyên giáo ${place}`,
        validFrom: "2015-01-01",
      },
    });
    units.push(unit.id);
  }
  const words = sql`ARRAY[${sql.join(
    WORDS.map((w) => sql`${w}`),
    sql`, `,
  )}]::text[]`;
  const db = database.db;
  // Bulk load without the per-row lexicon trigger; the lexicon is filled once afterwards.
  await db.execute(sql`ALTER TABLE practices DISABLE TRIGGER practices_search_lexicon`);
  const batch = 50_000;
  for (let from = 0; from < rows; from += batch) {
    const to = Math.min(rows, from + batch) - 1;
    await db.execute(sql`INSERT INTO practices (council_id, unit_id, year, field, title, problem, how_it_works,
        results, figures, search_text)
      SELECT ${councilId}::uuid, (${sql.raw(`ARRAY[${units.map((u) => `'${u}'`).join(",")}]`)}::uuid[])[1 + g % 6],
        2015 + g % 10, 'Công tác tuyên truyền', p.t, '', '', '', '[]'::jsonb, p.b
      FROM generate_series(${from}::int, ${to}::int) g,
      LATERAL (SELECT
        (SELECT string_agg(w[${zipf(sql`g::bigint * 64 + 40 + k`)}], ' ') FROM generate_series(1, 6) k) AS t,
        (SELECT string_agg(w[${zipf(sql`g::bigint * 64 + k`)}], ' ') FROM generate_series(1, 40) k) AS b
        FROM (SELECT ${words} AS w) ws) p`);
  }
  await db.execute(sql`INSERT INTO search_lexicon (word)
    SELECT word FROM ts_stat('SELECT to_tsvector(''simple'', f_unaccent(title || '' '' || search_text)) FROM practices')
    WHERE length(word) BETWEEN 2 AND 40 ON CONFLICT DO NOTHING`);
  await db.execute(sql`ALTER TABLE practices ENABLE TRIGGER practices_search_lexicon`);
  await db.execute(sql`ANALYZE`);
  return {
    kind: "user",
    userId: "00000000-0000-0000-0000-000000000000",
    username: "bench",
    displayName: "bench",
    grants: [{ role: "observer", councilId, clusterId: null, unitId: null }],
  };
}

async function measure(label: string, database: Database, rows: number, runs: number): Promise<SummaryRow[]> {
  const started = performance.now();
  const actor = await seed(database, rows);
  console.log(`${label}: ${int(rows)} paragraphs loaded in ${seconds(performance.now() - started)}`);
  for (const q of QUERIES) await search({ db: database.db, actor, query: { q } });
  const samples: number[] = [];
  const byQuery = new Map<string, number[]>(QUERIES.map((q) => [q, []]));
  for (let i = 0; i < runs; i++) {
    for (const q of QUERIES) {
      const t0 = performance.now();
      await search({ db: database.db, actor, query: { q } });
      const took = performance.now() - t0;
      samples.push(took);
      byQuery.get(q)!.push(took);
    }
  }
  for (const [q, times] of byQuery) {
    const one = distribution(times);
    console.log(`  "${q}": p50 ${ms(one.median, 1)}, max ${ms(one.max, 1)}`);
  }
  const d = distribution(samples);
  console.log(`${label}: ${d.n} searches, p50 ${ms(d.median, 1)}, p95 ${ms(d.p95, 1)}, max ${ms(d.max, 1)}`);
  return [
    {
      benchmark: `search p95, ${int(rows)} paragraphs (${label})`,
      figure: ms(d.p95, 1),
      target: label === "PostgreSQL" ? `≤ ${TARGET_P95_MS} ms` : "",
      verdict: label === "PostgreSQL" ? verdict(d.p95 <= TARGET_P95_MS) : "info",
    },
    { benchmark: `search p50 (${label})`, figure: ms(d.median, 1), target: "", verdict: "info" },
  ];
}

export async function benchSearch(opts: BenchOptions): Promise<SummaryRow[]> {
  const env = Number(process.env.BENCH_SEARCH_ROWS);
  const pgRows = env > 0 ? env : opts.quick ? 20_000 : 1_000_000;
  const liteRows = env > 0 ? env : opts.quick ? 20_000 : 100_000;
  const runs = opts.quick ? 5 : 20;
  console.log("\n== Search over a synthetic Vietnamese corpus ==");
  const rows: SummaryRow[] = [];
  const lite = await openDatabase({ kind: "pglite" });
  try {
    rows.push(...(await measure("PGlite", lite, liteRows, runs)));
  } finally {
    await lite.close();
  }
  if (!opts.databaseUrl || !(await postgresVersion(opts.databaseUrl)).ok) {
    console.log("PostgreSQL: skipped (no server)");
    return [
      ...rows,
      { benchmark: "search p95 (PostgreSQL)", figure: "—", target: "≤ 50 ms", verdict: "SKIP" },
    ];
  }
  const name = `thidua_bench_search_${process.pid}`;
  await createDatabase(opts.databaseUrl, name);
  const pgDb = await openDatabase({ kind: "postgres", url: urlForDatabase(opts.databaseUrl, name) });
  try {
    rows.push(...(await measure("PostgreSQL", pgDb, pgRows, runs)));
  } finally {
    await pgDb.close();
    if (!opts.keep) await dropDatabase(opts.databaseUrl, name);
  }
  return rows;
}
