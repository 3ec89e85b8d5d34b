import type { Db, DbOrTx, Tx } from "../../db/types";
import { conflict, forbidden, notFound } from "../../server/errors";
import type { Actor } from "../auth/actor";
import { findClusterWithMembers } from "../clusters/find-cluster";
import { publishLocal } from "./live/bus";
import { type MeetingScope, seesMeeting } from "./policy";
import { delegatesOf, findMeeting } from "./repo";

/** The meeting with its cluster and delegates; 404 when the actor may not know it exists. */
export async function loadMeeting(
  tx: DbOrTx,
  actor: Actor,
  meetingId: string,
  lock = false,
): Promise<MeetingScope> {
  const meeting = await findMeeting(tx, meetingId, lock);
  if (!meeting) throw notFound("Hội nghị");
  const found = await findClusterWithMembers(tx, meeting.clusterId);
  if (!found) throw notFound("Hội nghị");
  const scope = {
    meeting,
    cluster: found.cluster,
    members: found.members,
    delegates: await delegatesOf(tx, meetingId),
  };
  if (!seesMeeting(actor, scope)) throw notFound("Hội nghị");
  return scope;
}

/** What an ended meeting still accepts: its record (minutes, news report); never agenda, people, speeches, votes. */
export const ENDED =
  "Hội nghị đã kết thúc: không thay đổi chương trình, đại biểu, điểm danh, phát biểu, biểu quyết hay kết luận được nữa. Biên bản và tin bài vẫn được hoàn thiện.";

/**
 * Runs one change to a meeting in one transaction: loads (the meeting row locked first, so writers queue
 * in one order), checks `allowed`, refuses an ended meeting (409) unless `afterEnd`, writes; then wakes the
 * live view in this process once committed.
 */
export async function changeMeeting<T>(
  db: Db,
  actor: Actor,
  meetingId: string,
  allowed: (scope: MeetingScope) => boolean,
  write: (tx: Tx, scope: MeetingScope) => Promise<T>,
  opts: { lock?: boolean; afterEnd?: boolean } = {},
): Promise<T> {
  const result = await db.transaction(async (tx) => {
    const scope = await loadMeeting(tx, actor, meetingId, opts.lock ?? true);
    if (!allowed(scope)) throw forbidden();
    if (scope.meeting.status === "ended" && !opts.afterEnd) throw conflict(ENDED);
    return write(tx, scope);
  });
  publishLocal(db, meetingId);
  return result;
}
