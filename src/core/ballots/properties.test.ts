import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tallyElection, tallyMotion } from "./tally";
import type { ElectionBallot, MotionBallot, Threshold } from "./types";

const threshold: fc.Arbitrary<Threshold> = fc.oneof(
  fc.constant({ kind: "majorityOfValid" as const }),
  fc.constant({ kind: "twoThirdsOfValid" as const }),
  fc.integer({ min: 1, max: 100 }).map((percent) => ({ kind: "percentOfEligible" as const, percent })),
);
const motionBallot: fc.Arbitrary<MotionBallot> = fc.oneof(
  fc.constantFrom("yes", "no", "abstain").map((choice) => ({ kind: "choice" as const, choice })),
  fc.constant({ kind: "blank" as const }),
  fc.constant({ kind: "invalid" as const }),
);
const candidates = ["A", "B", "C", "D"];
const electionBallot: fc.Arbitrary<ElectionBallot> = fc.oneof(
  fc
    .subarray(["A", "B", "C", "D", "Z"])
    .map((candidateIds) => ({ kind: "selection" as const, candidateIds })),
  fc.constant({ kind: "blank" as const }),
);
const quorum = fc.option(
  fc.integer({ min: 1, max: 100 }).map((percentOfEligible) => ({ percentOfEligible })),
);

describe("tally properties", () => {
  it("a motion's counts add up and reordering the ballots changes nothing", () => {
    fc.assert(
      fc.property(
        fc.array(motionBallot, { maxLength: 40 }),
        threshold,
        quorum,
        fc.nat(20),
        (ballots, t, q, extra) => {
          const rules = { eligible: ballots.length + extra, threshold: t, quorum: q };
          const r = tallyMotion(rules, ballots);
          expect(r.yes + r.no + r.abstain + r.blank + r.invalid).toBe(ballots.length);
          expect(tallyMotion(rules, [...ballots].reverse())).toEqual(r);
          if (r.yes === 0) expect(r.outcome).not.toBe("carried");
        },
      ),
    );
  });

  it("all abstaining never carries", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), threshold, (n, t) => {
        const ballots = Array.from({ length: n }, () => ({
          kind: "choice" as const,
          choice: "abstain" as const,
        }));
        expect(tallyMotion({ eligible: n, threshold: t, quorum: null }, ballots).outcome).not.toBe("carried");
      }),
    );
  });

  it("an election never elects more than the seats, elects only those over the threshold, and ignores order", () => {
    fc.assert(
      fc.property(
        fc.array(electionBallot, { maxLength: 40 }),
        fc.integer({ min: 1, max: 3 }),
        threshold,
        fc.nat(10),
        (ballots, seats, t, extra) => {
          const rules = {
            eligible: ballots.length + extra,
            threshold: t,
            quorum: null,
            seats,
            candidateIds: candidates,
          };
          const r = tallyElection(rules, ballots);
          expect(r.elected.length).toBeLessThanOrEqual(seats);
          for (const id of r.elected)
            expect(r.candidates.find((c) => c.candidateId === id)?.meetsThreshold).toBe(true);
          expect(r.elected.some((id) => r.tiedForLastSeat.includes(id))).toBe(false);
          expect(r.valid + r.blank + r.invalid).toBe(ballots.length);
          const reversed = tallyElection(rules, [...ballots].reverse());
          expect(reversed).toEqual(r);
        },
      ),
    );
  });

  it("with no ballots nobody is elected", () => {
    fc.assert(
      fc.property(threshold, fc.integer({ min: 1, max: 3 }), (t, seats) => {
        const r = tallyElection(
          { eligible: 5, threshold: t, quorum: null, seats, candidateIds: candidates },
          [],
        );
        expect(r.elected).toEqual([]);
      }),
    );
  });
});
