import { and, asc, eq, gt, sql } from "drizzle-orm";
import { meetingEvents } from "../../../db/schema";
import type { DbOrTx } from "../../../db/types";

export const NOTIFY_CHANNEL = "thidua_meeting_events";

/**
 * What the live view is told. A vote's progress says how many have voted, never who chose what;
 * a result appears only once the vote is closed.
 */
export type MeetingEventType =
  | "meeting.changed"
  | "item.current"
  | "speakers.changed"
  | "speech.started"
  | "speech.stopped"
  | "vote.opened"
  | "vote.progress"
  | "vote.closed"
  | "minutes.changed";

export type MeetingEvent = { id: number; type: MeetingEventType; payload: unknown; at: string };

/** Appends an event inside the writer's transaction; NOTIFY is delivered by PostgreSQL only on commit. */
export async function appendEvent(
  tx: DbOrTx,
  councilId: string,
  meetingId: string,
  type: MeetingEventType,
  payload: Record<string, unknown>,
): Promise<void> {
  await tx.insert(meetingEvents).values({ councilId, meetingId, type, payload });
  await tx.execute(sql`select pg_notify(${NOTIFY_CHANNEL}, ${meetingId})`);
}

export async function eventsAfter(
  db: DbOrTx,
  meetingId: string,
  afterId: number,
  limit = 500,
): Promise<MeetingEvent[]> {
  const rows = await db
    .select()
    .from(meetingEvents)
    .where(and(eq(meetingEvents.meetingId, meetingId), gt(meetingEvents.id, afterId)))
    .orderBy(asc(meetingEvents.id))
    .limit(limit);
  return rows.map((r) => ({
    id: Number(r.id),
    type: r.type as MeetingEventType,
    payload: r.payload,
    at: r.at.toISOString(),
  }));
}

export async function lastEventId(db: DbOrTx, meetingId: string): Promise<number> {
  const [row] = await db
    .select({ id: sql<number>`coalesce(max(${meetingEvents.id}), 0)::int` })
    .from(meetingEvents)
    .where(eq(meetingEvents.meetingId, meetingId));
  return Number(row?.id ?? 0);
}
