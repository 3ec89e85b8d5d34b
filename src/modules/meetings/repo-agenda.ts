import { and, eq, sql } from "drizzle-orm";
import { agendaItems, meetings, speeches, votes } from "../../db/schema";
import type { DbOrTx } from "../../db/types";

// The agenda's SQL for preparing a meeting: edit, remove, renumber; the meeting's version moves with each change.

export async function updateItem(tx: DbOrTx, id: string, values: Partial<typeof agendaItems.$inferInsert>) {
  await tx.update(agendaItems).set(values).where(eq(agendaItems.id, id));
}

export async function deleteItem(tx: DbOrTx, id: string) {
  await tx.delete(agendaItems).where(eq(agendaItems.id, id));
}

/** Positions 1..n in the given order (ids are the meeting's items, already checked). */
export async function renumberItems(tx: DbOrTx, meetingId: string, orderedIds: readonly string[]) {
  for (const [i, id] of orderedIds.entries()) {
    await tx
      .update(agendaItems)
      .set({ position: i + 1 })
      .where(and(eq(agendaItems.id, id), eq(agendaItems.meetingId, meetingId)));
  }
}

/** How many speeches and votes hang on an item (then it cannot be removed). */
export async function itemUse(tx: DbOrTx, itemId: string) {
  const [s] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(speeches)
    .where(eq(speeches.itemId, itemId));
  const [v] = await tx.select({ n: sql<number>`count(*)::int` }).from(votes).where(eq(votes.itemId, itemId));
  return { speeches: s?.n ?? 0, votes: v?.n ?? 0 };
}

export async function bumpVersion(tx: DbOrTx, meetingId: string) {
  await tx
    .update(meetings)
    .set({ version: sql`${meetings.version} + 1` })
    .where(eq(meetings.id, meetingId));
}
