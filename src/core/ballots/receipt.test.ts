import { describe, expect, it } from "vitest";
import { isReceipt, receiptFromBytes, shuffled } from "./receipt";

describe("receipt codes", () => {
  it("are twelve unambiguous characters in three groups", () => {
    expect(receiptFromBytes(new Uint8Array(8))).toBe("0000-0000-0000");
    const code = receiptFromBytes(Uint8Array.from([255, 254, 1, 2, 3, 4, 5, 6]));
    expect(isReceipt(code)).toBe(true);
    expect(code).not.toMatch(/[ILOU]/);
    expect(isReceipt("ABCD-EFGH-IJKL")).toBe(false);
  });
  it("refuse too few random bytes", () => {
    expect(() => receiptFromBytes(new Uint8Array(4))).toThrow();
  });
  it("shuffle keeps every item", () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const out = shuffled([1, 2, 3, 4, 5, 6], next);
    expect([...out].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
