import { describe, expect, it } from "vitest";
import { batchedRead } from "./batched-read";
import type { Db } from "./types";

/** A read we finish by hand, recording which keys each read was asked for. */
function controlledReads() {
  const calls: { keys: string[]; finish: () => void }[] = [];
  const read = (keys: string[]) =>
    new Promise<Map<string, string>>((resolve) => {
      const n = calls.length + 1;
      calls.push({ keys, finish: () => resolve(new Map(keys.map((k) => [k, `${k}@read${n}`]))) });
    });
  return { calls, read };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe("batchedRead", () => {
  it("never answers a request with a read that started before it arrived, and batches the newcomers", async () => {
    const db = {} as Db;
    const { calls, read } = controlledReads();
    const first = batchedRead(db, "meta", "a", read);
    expect(calls.map((c) => c.keys)).toEqual([["a"]]);
    // These arrive while read 1 runs: it may miss writes they have seen committed, so they wait for read 2.
    const second = batchedRead(db, "meta", "b", read);
    const third = batchedRead(db, "meta", "a", read);
    calls[0]!.finish();
    expect(await first).toBe("a@read1");
    await tick();
    expect(calls.map((c) => c.keys)).toEqual([["a"], ["b", "a"]]);
    const fourth = batchedRead(db, "meta", "c", read);
    calls[1]!.finish();
    expect([await second, await third]).toEqual(["b@read2", "a@read2"]);
    await tick();
    calls[2]!.finish();
    expect(await fourth).toBe("c@read3");
    expect(calls).toHaveLength(3);
  });

  it("lets a later batch run after a failed read", async () => {
    const db = {} as Db;
    let n = 0;
    const read = async (keys: string[]) => {
      n++;
      if (n === 1) throw new Error("boom");
      return new Map(keys.map((k) => [k, n]));
    };
    const failed = batchedRead(db, "meta", "a", read);
    const next = batchedRead(db, "meta", "a", read);
    await expect(failed).rejects.toThrow("boom");
    expect(await next).toBe(2);
  });
});
