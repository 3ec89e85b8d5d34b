import { and, eq, inArray } from "drizzle-orm";
import type { CalendarDates } from "../../contracts/calendars";
import { clusterCalendars } from "../../db/schema";
import type { DbOrTx } from "../../db/types";

export type CalendarRow = typeof clusterCalendars.$inferSelect;

export async function calendarsOf(tx: DbOrTx, clusterIds: string[]): Promise<CalendarRow[]> {
  if (clusterIds.length === 0) return [];
  return tx.select().from(clusterCalendars).where(inArray(clusterCalendars.clusterId, clusterIds));
}

export async function findCalendar(tx: DbOrTx, clusterId: string): Promise<CalendarRow | undefined> {
  const [row] = await tx.select().from(clusterCalendars).where(eq(clusterCalendars.clusterId, clusterId));
  return row;
}

/** Writes the dates if the stored version is still `version` (0: none stored); undefined when someone saved first. */
export async function writeCalendarIfVersion(
  tx: DbOrTx,
  key: { clusterId: string; councilId: string },
  version: number,
  dates: CalendarDates,
  updatedBy: string | null,
): Promise<CalendarRow | undefined> {
  if (version === 0) {
    const [row] = await tx
      .insert(clusterCalendars)
      .values({ ...key, ...dates, version: 1, updatedBy })
      .onConflictDoNothing()
      .returning();
    return row;
  }
  const [row] = await tx
    .update(clusterCalendars)
    .set({ ...dates, version: version + 1, updatedBy, updatedAt: new Date() })
    .where(and(eq(clusterCalendars.clusterId, key.clusterId), eq(clusterCalendars.version, version)))
    .returning();
  return row;
}
