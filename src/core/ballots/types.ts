/** What it takes to carry a motion or elect a candidate, chosen per vote. */
export type Threshold =
  | { kind: "majorityOfValid" }
  | { kind: "twoThirdsOfValid" }
  | { kind: "percentOfEligible"; percent: number };

/** At least this share of the eligible voters must hand in a ballot (blank and invalid ones count). */
export type Quorum = { percentOfEligible: number };

export type MotionChoice = "yes" | "no" | "abstain";

/** One ballot as counted: blank and invalid ballots are handed in but not valid. */
export type MotionBallot = { kind: "choice"; choice: MotionChoice } | { kind: "blank" } | { kind: "invalid" };

export type ElectionBallot =
  | { kind: "selection"; candidateIds: string[] }
  | { kind: "blank" }
  | { kind: "invalid" };

export type Turnout = {
  eligible: number;
  cast: number;
  valid: number;
  blank: number;
  invalid: number;
  quorumMet: boolean;
};

export type MotionResult = Turnout & {
  yes: number;
  no: number;
  abstain: number;
  /** The least number of "yes" that carries, given the turnout (null when nothing can: no valid ballot). */
  needed: number | null;
  outcome: "carried" | "rejected" | "noQuorum";
};

export type CandidateTally = { candidateId: string; votes: number; meetsThreshold: boolean };

export type ElectionResult = Turnout & {
  seats: number;
  /** Candidates by votes (most first), ties kept in the order candidates were listed. */
  candidates: CandidateTally[];
  elected: string[];
  /** Candidates tied for the last open seat(s): nobody among them is elected without a new round or override. */
  tiedForLastSeat: string[];
  outcome: "decided" | "tie" | "nobodyElected" | "noQuorum";
};
