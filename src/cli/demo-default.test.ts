import { describe, expect, it } from "vitest";
import { wantsDemo } from "./serve";

describe("the demo and its published password", () => {
  it("come by default on the embedded database only", () => {
    expect(wantsDemo({}, "pglite")).toBe(true);
    expect(wantsDemo({}, "postgres")).toBe(false);
  });

  it("follow THIDUA_DEMO when it is set", () => {
    expect(wantsDemo({ THIDUA_DEMO: "1" }, "postgres")).toBe(true);
    expect(wantsDemo({ THIDUA_DEMO: "0" }, "pglite")).toBe(false);
    expect(wantsDemo({ THIDUA_DEMO: "0" }, "postgres")).toBe(false);
  });
});
