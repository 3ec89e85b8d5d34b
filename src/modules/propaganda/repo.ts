import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import { opinionReports, propagandaActivities, propagandaTopics } from "../../db/schema";
import type { DbOrTx } from "../../db/types";

export type TopicRow = typeof propagandaTopics.$inferSelect;
export type ActivityRow = typeof propagandaActivities.$inferSelect;
export type OpinionRow = typeof opinionReports.$inferSelect;

export async function insertTopic(tx: DbOrTx, values: typeof propagandaTopics.$inferInsert) {
  const [row] = await tx.insert(propagandaTopics).values(values).returning();
  if (!row) throw new Error("insert topic returned nothing");
  return row;
}

export async function findTopic(tx: DbOrTx, id: string) {
  const [row] = await tx.select().from(propagandaTopics).where(eq(propagandaTopics.id, id));
  return row;
}

export async function topicsWhere(tx: DbOrTx, where: SQL[]) {
  return tx
    .select()
    .from(propagandaTopics)
    .where(and(...where))
    .orderBy(asc(propagandaTopics.year), asc(propagandaTopics.createdAt));
}

export async function topicsByIds(tx: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return tx.select().from(propagandaTopics).where(inArray(propagandaTopics.id, ids));
}

export async function insertActivity(tx: DbOrTx, values: typeof propagandaActivities.$inferInsert) {
  const [row] = await tx.insert(propagandaActivities).values(values).returning();
  if (!row) throw new Error("insert activity returned nothing");
  return row;
}

export async function activitiesOf(tx: DbOrTx, topicIds: string[]) {
  if (topicIds.length === 0) return [];
  return tx
    .select()
    .from(propagandaActivities)
    .where(inArray(propagandaActivities.topicId, topicIds))
    .orderBy(asc(propagandaActivities.heldOn));
}

export async function insertOpinion(tx: DbOrTx, values: typeof opinionReports.$inferInsert) {
  const [row] = await tx.insert(opinionReports).values(values).returning();
  if (!row) throw new Error("insert opinion report returned nothing");
  return row;
}

export async function findOpinion(tx: DbOrTx, id: string) {
  const [row] = await tx.select().from(opinionReports).where(eq(opinionReports.id, id));
  return row;
}

export async function opinionsWhere(tx: DbOrTx, where: SQL[]) {
  return tx
    .select()
    .from(opinionReports)
    .where(and(...where))
    .orderBy(asc(opinionReports.periodStart), asc(opinionReports.createdAt));
}
