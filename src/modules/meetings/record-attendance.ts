import { attendanceInput, replyInput } from "../../contracts/meetings";
import { parseInput } from "../../contracts/parse";
import type { Db } from "../../db/types";
import { conflict, notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { appendEvent } from "./live/events";
import { changeMeeting } from "./load";
import { keepsRecord, type MeetingScope, managesMeeting, ownDelegate } from "./policy";
import { updateDelegate } from "./repo";

/** The delegate, refusing a stale version (someone else replied or took attendance since it was loaded). */
const delegateOf = (s: MeetingScope, delegateId: string, version: number | undefined) => {
  const d = s.delegates.find((x) => x.id === delegateId);
  if (!d) throw notFound("Đại biểu");
  if (version !== undefined && version !== d.version)
    throw conflict(
      `Thông tin của đại biểu ${d.fullName} vừa được người khác cập nhật (anh/chị đang sửa bản ${version}, bản hiện tại là ${d.version}). Hãy tải bản mới nhất rồi sửa tiếp.`,
    );
  return d;
};

/** A delegate's reply to the invitation: by themselves or recorded by the organisers. */
export async function replyToInvitation(args: {
  db: Db;
  actor: Actor;
  meetingId: string;
  delegateId: string;
  input: unknown;
}) {
  const input = parseInput(replyInput, args.input);
  return changeMeeting(
    args.db,
    args.actor,
    args.meetingId,
    (s) => managesMeeting(args.actor, s) || ownDelegate(args.actor, s)?.id === args.delegateId,
    async (tx, s) => {
      const d = delegateOf(s, args.delegateId, input.version);
      await updateDelegate(tx, d.id, { invitation: input.reply, version: d.version + 1 });
      await recordAudit(tx, args.actor, {
        councilId: s.meeting.councilId,
        action: "reply",
        entity: "meeting_delegate",
        entityId: d.id,
        before: { invitation: d.invitation },
        after: { invitation: input.reply },
      });
    },
  );
}

/** Present, absent with a reason, or represented by someone: recorded by the organisers or the secretary. */
export async function recordAttendance(args: {
  db: Db;
  actor: Actor;
  meetingId: string;
  delegateId: string;
  input: unknown;
}) {
  const input = parseInput(attendanceInput, args.input);
  return changeMeeting(
    args.db,
    args.actor,
    args.meetingId,
    (s) => keepsRecord(args.actor, s),
    async (tx, s) => {
      const d = delegateOf(s, args.delegateId, input.version);
      const after = {
        attendance: input.attendance,
        absenceReason: input.attendance === "absent" ? input.absenceReason : null,
        representedBy: input.representedBy,
      };
      await updateDelegate(tx, d.id, { ...after, version: d.version + 1 });
      await recordAudit(tx, args.actor, {
        councilId: s.meeting.councilId,
        action: "attendance",
        entity: "meeting_delegate",
        entityId: d.id,
        before: { attendance: d.attendance, absenceReason: d.absenceReason, representedBy: d.representedBy },
        after,
      });
      await appendEvent(tx, s.meeting.councilId, s.meeting.id, "meeting.changed", { what: "attendance" });
    },
  );
}
