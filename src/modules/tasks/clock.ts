/** The clock reminders and overdue states read: THIDUA_NOW (ISO date-time) pins it for demos and tests. */
export function currentTime(env: NodeJS.ProcessEnv = process.env): Date {
  const pinned = env.THIDUA_NOW;
  if (pinned) {
    const at = new Date(pinned);
    if (!Number.isNaN(at.getTime())) return at;
  }
  return new Date();
}
