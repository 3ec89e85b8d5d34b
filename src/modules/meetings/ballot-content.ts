import { randomBytes, randomInt } from "node:crypto";
import type { BallotChoice } from "../../contracts/meetings";
import {
  type ElectionBallot,
  type ElectionResult,
  type MotionBallot,
  type MotionResult,
  type Quorum,
  RECEIPT_BYTES,
  receiptFromBytes,
  shuffled,
  type Threshold,
  tallyElection,
  tallyMotion,
} from "../../core/ballots";
import { AppError } from "../../server/errors";
import type { VoteRow } from "./repo-votes";

export type StoredBallot = MotionBallot | ElectionBallot;
export type VoteResult = MotionResult | ElectionResult;

export const newReceipt = () => receiptFromBytes(randomBytes(RECEIPT_BYTES));
export const randomOrder = <T>(items: readonly T[]) => shuffled(items, (n) => randomInt(n));

const refuse = (message: string) => new AppError("validation", 400, message, [{ path: "ballot", message }]);

/** An online ballot as stored: a motion's choice, or a selection checked against the candidates and seats. */
export function onlineBallot(vote: VoteRow, choice: BallotChoice): StoredBallot {
  if (vote.kind === "motion") {
    if (!("choice" in choice))
      throw refuse("Phiếu biểu quyết cần chọn đồng ý, không đồng ý hoặc không biểu quyết.");
    return { kind: "choice", choice: choice.choice };
  }
  if (!("candidateIds" in choice)) throw refuse("Phiếu bầu cần chọn ứng viên (hoặc để trống).");
  const ids = new Set(choice.candidateIds);
  if (ids.size !== choice.candidateIds.length) throw refuse("Mỗi ứng viên chỉ chọn một lần.");
  if (ids.size > vote.seats) throw refuse(`Chọn tối đa ${vote.seats} ứng viên.`);
  for (const id of ids)
    if (!vote.candidates.some((c) => c.id === id)) throw refuse("Ứng viên không có trong danh sách.");
  return ids.size === 0 ? { kind: "blank" } : { kind: "selection", candidateIds: [...ids] };
}

/** A paper ballot as the secretary enters it: spoiled ballots count as invalid; the tally judges the rest. */
export function paperBallot(vote: VoteRow, entry: BallotChoice | { spoiled: true }): StoredBallot {
  if ("spoiled" in entry) return { kind: "invalid" };
  if (vote.kind === "motion")
    return "choice" in entry ? { kind: "choice", choice: entry.choice } : { kind: "invalid" };
  if (!("candidateIds" in entry)) return { kind: "invalid" };
  return entry.candidateIds.length === 0
    ? { kind: "blank" }
    : { kind: "selection", candidateIds: entry.candidateIds };
}

/** Tallies a vote's ballots with its own rules (src/core/ballots). */
export function tally(vote: VoteRow, eligible: number, ballots: readonly StoredBallot[]): VoteResult {
  const rules = {
    eligible,
    threshold: vote.threshold as Threshold,
    quorum: (vote.quorum as Quorum | null) ?? null,
  };
  if (vote.kind === "motion") return tallyMotion(rules, ballots as MotionBallot[]);
  return tallyElection(
    { ...rules, seats: vote.seats, candidateIds: vote.candidates.map((c) => c.id) },
    ballots as ElectionBallot[],
  );
}
