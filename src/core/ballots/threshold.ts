import type { Quorum, Threshold } from "./types";

/** Whether `votes` reaches the threshold, in integers only (no rounding of thirds or percents). */
export function meetsThreshold(
  threshold: Threshold,
  votes: number,
  valid: number,
  eligible: number,
): boolean {
  switch (threshold.kind) {
    case "majorityOfValid":
      return valid > 0 && votes * 2 > valid;
    case "twoThirdsOfValid":
      return valid > 0 && votes * 3 >= valid * 2;
    case "percentOfEligible":
      return eligible > 0 && votes * 100 >= threshold.percent * eligible;
    default: {
      const unknown: never = threshold;
      throw new Error(`unknown threshold ${JSON.stringify(unknown)}`);
    }
  }
}

/** The least number of votes that reaches the threshold, or null when none can (no valid ballot, no voter). */
export function votesNeeded(threshold: Threshold, valid: number, eligible: number): number | null {
  const pool = threshold.kind === "percentOfEligible" ? eligible : valid;
  for (let v = 0; v <= pool; v++) if (meetsThreshold(threshold, v, valid, eligible)) return v;
  return null;
}

export function quorumMet(quorum: Quorum | null, cast: number, eligible: number): boolean {
  if (!quorum) return true;
  return eligible > 0 && cast * 100 >= quorum.percentOfEligible * eligible;
}

/** How a threshold reads in the minutes. */
export function describeThreshold(threshold: Threshold): string {
  switch (threshold.kind) {
    case "majorityOfValid":
      return "quá nửa tổng số phiếu hợp lệ";
    case "twoThirdsOfValid":
      return "ít nhất hai phần ba tổng số phiếu hợp lệ";
    case "percentOfEligible":
      return `ít nhất ${threshold.percent}% tổng số đại biểu có quyền biểu quyết`;
    default: {
      const unknown: never = threshold;
      throw new Error(`unknown threshold ${JSON.stringify(unknown)}`);
    }
  }
}
