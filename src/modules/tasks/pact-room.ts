import type { Criterion } from "../../contracts/cluster-year";
import { toNumber } from "../../core/scoring";
import { maxHundredths } from "../../core/scoring/max-points";

/**
 * A pact's table is on a 100-point scale: domain.md's default, and no cluster's rules set another scale yet.
 * Carried criteria must fit in what the table leaves under it (bonus and penalty left out, as in scoring.md).
 */
export const PACT_MAX_POINTS = 100;
const LIMIT = BigInt(PACT_MAX_POINTS * 100);

export type PactRoom = { total: number; limit: number; room: number };

/** The table's maximum base points now, the scale, and the points still free under it (never negative). */
export function pactRoom(criteria: readonly Criterion[]): PactRoom {
  const total = maxHundredths(criteria);
  return {
    total: toNumber(total),
    limit: PACT_MAX_POINTS,
    room: toNumber(total >= LIMIT ? 0n : LIMIT - total),
  };
}

const points = (n: number) => new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 }).format(n);

/**
 * Why a carry that would take the table past the scale is refused, in figures the person can act on; null when
 * the table after carrying still fits.
 */
export function overflowMessage(before: readonly Criterion[], after: readonly Criterion[], year: number) {
  const total = maxHundredths(after);
  if (total <= LIMIT) return null;
  const now = pactRoom(before);
  const added = toNumber(total - maxHundredths(before));
  return (
    `Giao ước năm ${year} sẽ có ${points(toNumber(total))} điểm, vượt thang ${PACT_MAX_POINTS} điểm: ` +
    `bảng đang có ${points(now.total)} điểm nên chỉ còn ${points(now.room)} điểm, ` +
    `các nhiệm vụ đã chọn cộng ${points(added)} điểm. Hãy giảm điểm tối đa hoặc bớt tiêu chí khác trong giao ước.`
  );
}
