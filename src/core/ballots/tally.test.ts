import { describe, expect, it } from "vitest";
import { tallyElection, tallyMotion } from "./tally";
import { describeThreshold, votesNeeded } from "./threshold";
import type { ElectionBallot, MotionBallot } from "./types";

const yes: MotionBallot = { kind: "choice", choice: "yes" };
const no: MotionBallot = { kind: "choice", choice: "no" };
const abstain: MotionBallot = { kind: "choice", choice: "abstain" };
const blank = { kind: "blank" } as const;
const invalid = { kind: "invalid" } as const;
const pick = (...candidateIds: string[]): ElectionBallot => ({ kind: "selection", candidateIds });
const many = <T>(n: number, b: T): T[] => Array.from({ length: n }, () => b);

describe("a motion", () => {
  it("carries with more than half of the valid ballots; abstentions are valid, blank and invalid are not", () => {
    const r = tallyMotion({ eligible: 12, threshold: { kind: "majorityOfValid" }, quorum: null }, [
      ...many(4, yes),
      ...many(2, no),
      ...many(1, abstain),
      blank,
      invalid,
    ]);
    expect(r).toMatchObject({ cast: 9, valid: 7, blank: 1, invalid: 1, yes: 4, no: 2, abstain: 1 });
    expect(r.needed).toBe(4);
    expect(r.outcome).toBe("carried");
  });

  it("exactly half is not more than half", () => {
    const r = tallyMotion({ eligible: 6, threshold: { kind: "majorityOfValid" }, quorum: null }, [
      ...many(3, yes),
      ...many(3, no),
    ]);
    expect(r.outcome).toBe("rejected");
    expect(r.needed).toBe(4);
  });

  it("two thirds: 6 of 9 carries, 5 of 9 does not", () => {
    const rules = { eligible: 9, threshold: { kind: "twoThirdsOfValid" as const }, quorum: null };
    expect(tallyMotion(rules, [...many(6, yes), ...many(3, no)]).outcome).toBe("carried");
    expect(tallyMotion(rules, [...many(5, yes), ...many(4, abstain)]).outcome).toBe("rejected");
  });

  it("a percent of all eligible voters counts those who stayed away against it", () => {
    const rules = {
      eligible: 20,
      threshold: { kind: "percentOfEligible" as const, percent: 50 },
      quorum: null,
    };
    expect(tallyMotion(rules, many(9, yes)).outcome).toBe("rejected");
    expect(tallyMotion(rules, many(10, yes)).outcome).toBe("carried");
    expect(votesNeeded(rules.threshold, 10, 20)).toBe(10);
  });

  it("without quorum nothing is decided, however the ballots read", () => {
    const r = tallyMotion(
      { eligible: 10, threshold: { kind: "majorityOfValid" }, quorum: { percentOfEligible: 50 } },
      many(4, yes),
    );
    expect(r).toMatchObject({ quorumMet: false, outcome: "noQuorum", yes: 4 });
  });

  it("no ballots, or all abstaining, carries nothing", () => {
    const rules = { eligible: 5, threshold: { kind: "majorityOfValid" as const }, quorum: null };
    expect(tallyMotion(rules, [])).toMatchObject({ cast: 0, valid: 0, needed: null, outcome: "rejected" });
    expect(tallyMotion(rules, many(5, abstain))).toMatchObject({ valid: 5, yes: 0, outcome: "rejected" });
    expect(tallyMotion(rules, many(5, blank))).toMatchObject({ valid: 0, blank: 5, outcome: "rejected" });
  });

  it("reads in Vietnamese for the minutes", () => {
    expect(describeThreshold({ kind: "percentOfEligible", percent: 65 })).toBe(
      "ít nhất 65% tổng số đại biểu có quyền biểu quyết",
    );
  });
});

describe("an election", () => {
  const six = ["HL", "UB", "QY", "DT", "CP", "MC"];
  const rules = {
    eligible: 12,
    threshold: { kind: "majorityOfValid" as const },
    quorum: null,
    seats: 1,
    candidateIds: six,
  };

  it("elects the one candidate with more than half of the valid ballots", () => {
    const r = tallyElection(rules, [...many(7, pick("HL")), ...many(3, pick("UB")), pick("MC"), blank]);
    expect(r.elected).toEqual(["HL"]);
    expect(r.outcome).toBe("decided");
    expect(r.candidates.slice(0, 3)).toEqual([
      { candidateId: "HL", votes: 7, meetsThreshold: true },
      { candidateId: "UB", votes: 3, meetsThreshold: false },
      { candidateId: "MC", votes: 1, meetsThreshold: false },
    ]);
    expect(r).toMatchObject({ cast: 12, valid: 11, blank: 1 });
  });

  it("too many names, an unknown name or a repeated name spoils the ballot", () => {
    const r = tallyElection(rules, [
      pick("HL", "UB"),
      pick("XX"),
      { kind: "selection", candidateIds: [] },
      pick("HL"),
    ]);
    expect(r).toMatchObject({ valid: 1, invalid: 2, blank: 1, elected: ["HL"] });
    const two = tallyElection({ ...rules, seats: 2 }, [pick("HL", "HL")]);
    expect(two.invalid).toBe(1);
  });

  it("a tie across the last seat elects nobody among the tied", () => {
    const r = tallyElection({ ...rules, seats: 2, threshold: { kind: "percentOfEligible", percent: 25 } }, [
      ...many(5, pick("HL", "UB")),
      ...many(3, pick("UB", "QY")),
      ...many(3, pick("CP", "QY")),
      pick("CP"),
    ]);
    // UB 8, QY 6, HL 5, CP 4: UB elected, QY alone at the cut → elected too.
    expect(r.elected).toEqual(["UB", "QY"]);
    const tie = tallyElection({ ...rules, seats: 2, threshold: { kind: "percentOfEligible", percent: 25 } }, [
      ...many(4, pick("HL", "UB")),
      ...many(4, pick("UB", "QY")),
      ...many(4, pick("CP", "HL")),
    ]);
    // HL 8, UB 8, QY 4, CP 4: two seats, two over the threshold at 8 → both elected.
    expect(tie.elected).toEqual(["HL", "UB"]);
    const three = tallyElection({ ...rules, eligible: 6, seats: 1 }, [
      ...many(2, pick("HL")),
      ...many(2, pick("UB")),
      ...many(2, pick("QY")),
    ]);
    expect(three.outcome).toBe("nobodyElected");
    const split = tallyElection(
      { ...rules, eligible: 6, seats: 1, threshold: { kind: "percentOfEligible", percent: 30 } },
      [...many(3, pick("HL")), ...many(3, pick("UB"))],
    );
    expect(split).toMatchObject({ outcome: "tie", elected: [], tiedForLastSeat: ["HL", "UB"] });
  });
});
