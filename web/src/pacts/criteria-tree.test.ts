import { describe, expect, it } from "vitest";
import type { Criterion } from "../../../src/contracts/cluster-year";
import {
  appendNode,
  type DraftNode,
  draftMaxPoints,
  flatten,
  fromDraft,
  indentNode,
  locateIssues,
  moveNode,
  outdentNode,
  removeNode,
  suggestCode,
  toDraft,
} from "./criteria-tree";

const table: Criterion[] = [
  {
    code: "I",
    title: "Nhóm I",
    max: 10,
    children: [
      { code: "I.1", title: "Một", method: "manual", max: 6 },
      { code: "I.2", title: "Hai", method: "passFail", max: 6 },
    ],
  },
  { code: "II", title: "Nhóm II", children: [{ code: "II.1", title: "Ba", method: "manual", max: 5 }] },
  { code: "III", title: "Thưởng", method: "bonus", max: 5 },
];

const codes = (nodes: DraftNode[]) => flatten(nodes).map((r) => `${"  ".repeat(r.depth)}${r.node.code}`);
const keyOf = (nodes: DraftNode[], code: string) =>
  flatten(nodes).find((r) => r.node.code === code)?.node.key ?? "";

describe("criteria tree editing", () => {
  it("round-trips the pact's table without keys", () => {
    expect(fromDraft(toDraft(table))).toEqual(table);
  });

  it("totals live: groups capped at their max, bonus left out", () => {
    const draft = toDraft(table);
    expect(draftMaxPoints(draft)).toBe(15);
    const lower = moveNode(draft, keyOf(draft, "I.2"), -1);
    expect(draftMaxPoints(removeNode(lower, keyOf(lower, "I.2")))).toBe(11);
  });

  it("moves, indents and outdents without touching the original", () => {
    const draft = toDraft(table);
    const moved = moveNode(draft, keyOf(draft, "I.2"), -1);
    expect(codes(moved).slice(0, 3)).toEqual(["I", "  I.2", "  I.1"]);
    expect(codes(draft).slice(0, 3)).toEqual(["I", "  I.1", "  I.2"]);

    const out = outdentNode(draft, keyOf(draft, "I.1"));
    expect(codes(out)).toEqual(["I", "  I.2", "I.1", "II", "  II.1", "III"]);
    // I.1 now follows I (a group), so it can go back in, as I's last child.
    const back = indentNode(out, keyOf(out, "I.1"));
    expect(codes(back)).toEqual(["I", "  I.2", "  I.1", "II", "  II.1", "III"]);
    // III follows II (a group): indenting puts it inside II.
    expect(codes(indentNode(draft, keyOf(draft, "III")))).toEqual([
      "I",
      "  I.1",
      "  I.2",
      "II",
      "  II.1",
      "  III",
    ]);
  });

  it("only indents under a group", () => {
    const draft = toDraft(table);
    const rows = flatten(draft);
    expect(rows.find((r) => r.node.code === "I.2")?.canIndent).toBe(false);
    expect(codes(indentNode(draft, keyOf(draft, "I.2")))).toEqual(codes(draft));
  });

  it("suggests the next free code and appends into a group", () => {
    const draft = toDraft(table);
    const group = draft[0];
    if (!group || group.method !== undefined) throw new Error("expected group I");
    expect(suggestCode(draft, group)).toBe("I.3");
    expect(suggestCode(draft, null)).toBe("IV");
    const added = appendNode(draft, group.key, {
      key: "new",
      code: "I.3",
      title: "Mới",
      method: "manual",
      max: 2,
    });
    expect(codes(added).slice(0, 4)).toEqual(["I", "  I.1", "  I.2", "  I.3"]);
  });

  it("hands the server's located problems to the right criterion", () => {
    const draft = toDraft(table);
    const rows = flatten(draft);
    const { byKey, other } = locateIssues(rows, [
      { path: "criteria[0].children[1].max", message: "Phải là một số ≥ 0" },
      { path: "criteria[1]", message: "Mã trùng" },
      { path: "rules.bonusCap", message: "Phải là một số ≥ 0" },
    ]);
    expect(byKey.get(keyOf(draft, "I.2"))).toEqual([{ field: "max", message: "Phải là một số ≥ 0" }]);
    expect(byKey.get(keyOf(draft, "II"))).toEqual([{ field: "", message: "Mã trùng" }]);
    expect(byKey.has(keyOf(draft, "I"))).toBe(false);
    expect(other).toEqual([{ path: "rules.bonusCap", message: "Phải là một số ≥ 0" }]);
  });
});
