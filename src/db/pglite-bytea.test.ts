import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./open";
import { openTestDatabase } from "./testing";

// File bytes go to the database and come back unchanged, through thidua's bytea codec on PGlite and the
// pg driver on PostgreSQL: every byte value, an empty file, and a few megabytes.

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const roundTrip = async (bytes: Uint8Array) => {
  const result = (await database.db.execute(
    sql`select ${bytes}::bytea as b, length(${bytes}::bytea)::int as n`,
  )) as unknown as { rows: { b: Uint8Array; n: number }[] };
  return result.rows[0]!;
};

describe("bytea", () => {
  it("keeps every byte value, in order", async () => {
    const all = Uint8Array.from({ length: 512 }, (_, i) => (i * 7) % 256);
    const back = await roundTrip(all);
    expect(back.n).toBe(512);
    expect(back.b).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(back.b).equals(Buffer.from(all))).toBe(true);
  });

  it("keeps an empty value and a 3 MB one, and a slice of a larger buffer", async () => {
    expect((await roundTrip(new Uint8Array(0))).n).toBe(0);
    const big = randomBytes(3 * 1024 * 1024);
    expect(Buffer.from((await roundTrip(big)).b).equals(big)).toBe(true);
    const slice = big.subarray(10, 20);
    const back = await roundTrip(slice);
    expect(back.n).toBe(10);
    expect(Buffer.from(back.b).equals(slice)).toBe(true);
  });
});
