// Points arithmetic of the carry form in hundredths, as the server's scale check (tasks/pact-room.ts) does.
const hundredths = (x: number) => Math.round(x * 100);

/** The points each of n chosen tasks gets by default: the room shared evenly, in half points, rounded down. */
export function defaultShare(room: number, n: number): number {
  if (n <= 0 || room <= 0) return 0;
  return Math.floor(((hundredths(room) / n) * 2) / 100) / 2;
}

export type CarryTotals = { sum: number; after: number; over: number };

/** What the chosen points add, the table's maximum after carrying, and by how much it would pass the scale. */
export function carryTotals(total: number, limit: number, points: readonly number[]): CarryTotals {
  const sum = points.reduce((s, p) => s + hundredths(p), 0);
  const after = hundredths(total) + sum;
  return { sum: sum / 100, after: after / 100, over: Math.max(0, after - hundredths(limit)) / 100 };
}
