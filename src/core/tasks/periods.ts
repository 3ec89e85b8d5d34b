// Reporting periods of a task by its cadence, and which reminders are due on a given day.

export type Cadence = "monthly" | "quarterly" | "half_yearly";
export type Period = { from: string; to: string };

const MONTHS_PER: Record<Cadence, number> = { monthly: 1, quarterly: 3, half_yearly: 6 };

const lastDayOfMonth = (year: number, month: number): string =>
  new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);

/** Calendar periods (months, quarters, halves) overlapping [start, deadline], clipped to it. */
export function reportingPeriods(cadence: Cadence, start: string, deadline: string): Period[] {
  const step = MONTHS_PER[cadence];
  const periods: Period[] = [];
  let year = Number(start.slice(0, 4));
  let month = Math.floor((Number(start.slice(5, 7)) - 1) / step) * step + 1;
  for (;;) {
    const from = `${year}-${String(month).padStart(2, "0")}-01`;
    if (from > deadline) break;
    const endMonth = month + step - 1;
    const to = lastDayOfMonth(year, endMonth);
    periods.push({ from: from < start ? start : from, to: to > deadline ? deadline : to });
    month += step;
    if (month > 12) {
      month -= 12;
      year += 1;
    }
  }
  return periods;
}

/** Days after a period ends during which a missing report is still worth a reminder. */
export const MISSING_REPORT_WINDOW_DAYS = 30;
/** Days before the deadline when the deadline reminder fires. */
export const DEADLINE_NOTICE_DAYS = 7;

/** The latest period that has ended before today, if a reminder about it is still timely. */
export function lastEndedPeriod(periods: readonly Period[], today: string): Period | null {
  const ended = periods.filter((p) => p.to < today);
  const last = ended[ended.length - 1];
  if (!last) return null;
  const limit = new Date(Date.parse(`${last.to}T00:00:00Z`) + MISSING_REPORT_WINDOW_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return today <= limit ? last : null;
}
