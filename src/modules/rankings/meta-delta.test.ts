import { describe, expect, it } from "vitest";
import { changedAssessments } from "./meta-delta";
import type { RankingMeta } from "./repo";

const assessment = (n: number, inputs = "80:80:2020-11-01") => ({
  id: `a${n}`,
  unitId: `u${n}`,
  status: "draft" as const,
  version: 1,
  updatedAt: "2020-11-01",
  inputs,
  evidence: "0::0",
  events: 0,
});
const meta = (over: Partial<RankingMeta> = {}): RankingMeta =>
  ({
    cluster: { id: "c1", name: "Cụm 1", year: 2020 },
    pact: { id: "p1", version: 3, status: "signed", updatedAt: "2020-03-01" },
    members: [{ unitId: "u1", role: "head", code: "HL", names: null }],
    assessments: [assessment(1), assessment(2)],
    assignments: null,
    publication: null,
    ...over,
  }) as unknown as RankingMeta;

describe("what moved between two data versions of a cluster", () => {
  it("names the assessments whose inputs, evidence or timeline moved", () => {
    const after = meta({
      assessments: [assessment(1), assessment(2, "80:81:2020-11-02")],
    } as Partial<RankingMeta>);
    expect(changedAssessments(meta(), after)).toEqual({ ids: ["a2"], unitIds: ["u2"] });
    expect(changedAssessments(meta(), meta())).toEqual({ ids: [], unitIds: [] });
  });

  it("asks for everything again when the pact, members, cross-scoring, publication or the assessments' set moved", () => {
    const moved: Partial<RankingMeta>[] = [
      { pact: { id: "p1", version: 4, status: "signed", updatedAt: "2020-03-02" } },
      { members: [] },
      { assignments: "u1>u2" },
      { publication: { id: "x", seq: 1, reopened: false } },
      { assessments: [assessment(1)] },
      { assessments: [assessment(1), assessment(3)] },
    ] as Partial<RankingMeta>[];
    for (const over of moved) expect(changedAssessments(meta(), meta(over))).toBeNull();
  });
});
