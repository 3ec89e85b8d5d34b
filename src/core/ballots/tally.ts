import { meetsThreshold, quorumMet, votesNeeded } from "./threshold";
import type {
  CandidateTally,
  ElectionBallot,
  ElectionResult,
  MotionBallot,
  MotionResult,
  Quorum,
  Threshold,
} from "./types";

type Rules = { eligible: number; threshold: Threshold; quorum: Quorum | null };

/** Counts a motion (đồng ý / không đồng ý / không biểu quyết); "không biểu quyết" is a valid ballot that is not "yes". */
export function tallyMotion(rules: Rules, ballots: readonly MotionBallot[]): MotionResult {
  let yes = 0;
  let no = 0;
  let abstain = 0;
  let blank = 0;
  let invalid = 0;
  for (const b of ballots) {
    if (b.kind === "blank") blank++;
    else if (b.kind === "invalid") invalid++;
    else if (b.choice === "yes") yes++;
    else if (b.choice === "no") no++;
    else abstain++;
  }
  const cast = ballots.length;
  const valid = yes + no + abstain;
  const hasQuorum = quorumMet(rules.quorum, cast, rules.eligible);
  const carried = meetsThreshold(rules.threshold, yes, valid, rules.eligible);
  return {
    eligible: rules.eligible,
    cast,
    valid,
    blank,
    invalid,
    quorumMet: hasQuorum,
    yes,
    no,
    abstain,
    needed: votesNeeded(rules.threshold, valid, rules.eligible),
    outcome: !hasQuorum ? "noQuorum" : carried ? "carried" : "rejected",
  };
}

/**
 * Counts an election for `seats` places among `candidateIds`. A selection naming an unknown candidate,
 * the same one twice, or more than `seats` candidates is invalid; an empty one is blank.
 */
export function tallyElection(
  rules: Rules & { seats: number; candidateIds: readonly string[] },
  ballots: readonly ElectionBallot[],
): ElectionResult {
  const known = new Set(rules.candidateIds);
  const votes = new Map(rules.candidateIds.map((id) => [id, 0]));
  let blank = 0;
  let invalid = 0;
  for (const b of ballots) {
    const kind = classify(b, known, rules.seats);
    if (kind === "blank") blank++;
    else if (kind === "invalid") invalid++;
    else for (const id of kind) votes.set(id, (votes.get(id) ?? 0) + 1);
  }
  const cast = ballots.length;
  const valid = cast - blank - invalid;
  const hasQuorum = quorumMet(rules.quorum, cast, rules.eligible);
  const candidates: CandidateTally[] = rules.candidateIds
    .map((candidateId) => {
      const v = votes.get(candidateId) ?? 0;
      return {
        candidateId,
        votes: v,
        meetsThreshold: meetsThreshold(rules.threshold, v, valid, rules.eligible),
      };
    })
    .sort((a, b) => b.votes - a.votes);
  const { elected, tied } = hasQuorum ? fillSeats(candidates, rules.seats) : { elected: [], tied: [] };
  return {
    eligible: rules.eligible,
    cast,
    valid,
    blank,
    invalid,
    quorumMet: hasQuorum,
    seats: rules.seats,
    candidates,
    elected,
    tiedForLastSeat: tied,
    outcome: !hasQuorum
      ? "noQuorum"
      : tied.length > 0
        ? "tie"
        : elected.length === 0
          ? "nobodyElected"
          : "decided",
  };
}

function classify(
  b: ElectionBallot,
  known: ReadonlySet<string>,
  seats: number,
): "blank" | "invalid" | string[] {
  if (b.kind !== "selection") return b.kind;
  if (b.candidateIds.length === 0) return "blank";
  const unique = new Set(b.candidateIds);
  if (unique.size !== b.candidateIds.length || unique.size > seats) return "invalid";
  for (const id of unique) if (!known.has(id)) return "invalid";
  return [...unique];
}

/** Seats go by votes among those over the threshold; a tie across the last seat leaves those seats open. */
function fillSeats(sorted: readonly CandidateTally[], seats: number): { elected: string[]; tied: string[] } {
  const over = sorted.filter((c) => c.meetsThreshold && c.votes > 0);
  if (over.length <= seats) return { elected: over.map((c) => c.candidateId), tied: [] };
  const cut = over[seats - 1]?.votes ?? 0;
  const above = over.filter((c) => c.votes > cut).map((c) => c.candidateId);
  const atCut = over.filter((c) => c.votes === cut).map((c) => c.candidateId);
  if (atCut.length <= seats - above.length) return { elected: [...above, ...atCut], tied: [] };
  return { elected: above, tied: atCut };
}
