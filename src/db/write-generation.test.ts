import { describe, expect, it } from "vitest";
import {
  bumpWriteGeneration,
  declareClusterWrite,
  withWriteScope,
  writeGeneration,
} from "./write-generation";

describe("the embedded database's write generation", () => {
  it("moves only the declared cluster for a score save, every cluster for any other write", async () => {
    const [a, b] = ["cluster-a", "cluster-b"];
    const before = { a: writeGeneration(a), b: writeGeneration(b) };
    await withWriteScope(async () => {
      declareClusterWrite(a);
      bumpWriteGeneration();
    });
    expect(writeGeneration(a)).not.toBe(before.a);
    expect(writeGeneration(b)).toBe(before.b);

    const afterSave = { a: writeGeneration(a), b: writeGeneration(b) };
    await withWriteScope(async () => bumpWriteGeneration());
    expect(writeGeneration(a)).not.toBe(afterSave.a);
    expect(writeGeneration(b)).not.toBe(afterSave.b);
  });

  it("moves every cluster when a request wrote anything undeclared before declaring one", async () => {
    const [a, b] = ["cluster-c", "cluster-d"];
    const before = writeGeneration(b);
    await withWriteScope(async () => {
      bumpWriteGeneration();
      declareClusterWrite(a);
      bumpWriteGeneration();
    });
    const middle = writeGeneration(b);
    expect(middle).not.toBe(before);
    // Outside a request (a use case called directly), every write moves every cluster.
    bumpWriteGeneration();
    expect(writeGeneration(b)).not.toBe(middle);
  });
});
