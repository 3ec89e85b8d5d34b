const DAY = 86_400_000;

/** Whole days from `today` to `due` (both YYYY-MM-DD): negative once the deadline has passed. */
export function daysBetween(today: string, due: string): number {
  return Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY);
}

/** The deadline fields of a to-do item. */
export function deadline(cluster: { id: string; name: string }, due: string | null, today: string) {
  const daysLeft = due === null ? null : daysBetween(today, due);
  return {
    cluster: { id: cluster.id, name: cluster.name },
    due,
    daysLeft,
    late: daysLeft !== null && daysLeft < 0,
  };
}
