import { and, asc, eq, inArray, sql } from "drizzle-orm";
import {
  agendaItems,
  meetingDecisions,
  meetingDelegates,
  meetingRecords,
  meetings,
  speeches,
} from "../../db/schema";
import type { DbOrTx } from "../../db/types";

export type MeetingRow = typeof meetings.$inferSelect;
export type DelegateRow = typeof meetingDelegates.$inferSelect;
export type ItemRow = typeof agendaItems.$inferSelect;
export type SpeechRow = typeof speeches.$inferSelect;
export type RecordRow = typeof meetingRecords.$inferSelect;

const one = <T>(rows: T[], what: string): T => {
  const [row] = rows;
  if (!row) throw new Error(`${what} returned nothing`);
  return row;
};

export async function insertMeeting(tx: DbOrTx, values: typeof meetings.$inferInsert) {
  const row = one(await tx.insert(meetings).values(values).returning(), "insert meeting");
  await tx.insert(meetingRecords).values({ meetingId: row.id, councilId: row.councilId });
  return row;
}

export async function findMeeting(tx: DbOrTx, id: string, lock = false) {
  const q = tx.select().from(meetings).where(eq(meetings.id, id));
  const [row] = lock ? await q.for("update") : await q;
  return row;
}

export async function meetingsOfClusters(tx: DbOrTx, clusterIds: string[]) {
  if (clusterIds.length === 0) return [];
  return tx
    .select()
    .from(meetings)
    .where(inArray(meetings.clusterId, clusterIds))
    .orderBy(asc(meetings.startsAt));
}

export async function updateMeeting(tx: DbOrTx, id: string, values: Partial<typeof meetings.$inferInsert>) {
  await tx.update(meetings).set(values).where(eq(meetings.id, id));
}

export async function delegatesOf(tx: DbOrTx, meetingId: string) {
  return tx
    .select()
    .from(meetingDelegates)
    .where(eq(meetingDelegates.meetingId, meetingId))
    .orderBy(asc(meetingDelegates.position));
}

export async function insertDelegate(
  tx: DbOrTx,
  values: Omit<typeof meetingDelegates.$inferInsert, "position">,
) {
  const [n] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(meetingDelegates)
    .where(eq(meetingDelegates.meetingId, values.meetingId));
  return one(
    await tx
      .insert(meetingDelegates)
      .values({ ...values, position: (n?.n ?? 0) + 1 })
      .returning(),
    "insert delegate",
  );
}

export async function updateDelegate(
  tx: DbOrTx,
  id: string,
  values: Partial<typeof meetingDelegates.$inferInsert>,
) {
  await tx.update(meetingDelegates).set(values).where(eq(meetingDelegates.id, id));
}

export async function itemsOf(tx: DbOrTx, meetingId: string) {
  return tx
    .select()
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position));
}

export async function insertItem(tx: DbOrTx, values: Omit<typeof agendaItems.$inferInsert, "position">) {
  const [n] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, values.meetingId));
  return one(
    await tx
      .insert(agendaItems)
      .values({ ...values, position: (n?.n ?? 0) + 1 })
      .returning(),
    "insert item",
  );
}

export async function speechesOf(tx: DbOrTx, meetingId: string) {
  return tx
    .select()
    .from(speeches)
    .where(eq(speeches.meetingId, meetingId))
    .orderBy(asc(speeches.itemId), asc(speeches.position));
}

export async function insertSpeech(
  tx: DbOrTx,
  values: Omit<typeof speeches.$inferInsert, "position" | "status">,
) {
  const [n] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(speeches)
    .where(eq(speeches.itemId, values.itemId));
  return one(
    await tx
      .insert(speeches)
      .values({ ...values, status: "requested", position: (n?.n ?? 0) + 1 })
      .returning(),
    "insert speech",
  );
}

export async function findSpeech(tx: DbOrTx, meetingId: string, id: string) {
  const [row] = await tx
    .select()
    .from(speeches)
    .where(and(eq(speeches.id, id), eq(speeches.meetingId, meetingId)))
    .for("update");
  return row;
}

export async function updateSpeech(tx: DbOrTx, id: string, values: Partial<typeof speeches.$inferInsert>) {
  await tx.update(speeches).set(values).where(eq(speeches.id, id));
}

export async function decisionsOf(tx: DbOrTx, meetingId: string) {
  return tx
    .select()
    .from(meetingDecisions)
    .where(eq(meetingDecisions.meetingId, meetingId))
    .orderBy(asc(meetingDecisions.createdAt));
}

export async function insertDecision(tx: DbOrTx, values: typeof meetingDecisions.$inferInsert) {
  return one(await tx.insert(meetingDecisions).values(values).returning(), "insert decision");
}

export async function findRecord(tx: DbOrTx, meetingId: string, lock = false) {
  const q = tx.select().from(meetingRecords).where(eq(meetingRecords.meetingId, meetingId));
  const [row] = lock ? await q.for("update") : await q;
  if (!row) throw new Error("meeting record missing");
  return row;
}

export async function updateRecord(
  tx: DbOrTx,
  meetingId: string,
  values: Partial<typeof meetingRecords.$inferInsert>,
) {
  await tx.update(meetingRecords).set(values).where(eq(meetingRecords.meetingId, meetingId));
}
