import { editMeetingInput, type OfficerChange } from "../../contracts/meeting-prep";
import { parseInput } from "../../contracts/parse";
import type { Db, Tx } from "../../db/types";
import { AppError, conflict, notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { inviteDelegate } from "./add-delegate";
import { delegateAccount } from "./delegate-account";
import { appendEvent } from "./live/events";
import { changeMeeting } from "./load";
import { type MeetingScope, managesMeeting } from "./policy";
import { type DelegateRow, updateDelegate, updateMeeting } from "./repo";
import { bumpVersion } from "./repo-agenda";

const ROLE_FIELD = { chair: "chairDelegateId", secretary: "secretaryDelegateId" } as const;

/**
 * Changes what was set when the meeting was convened — title, purpose, date and time, place, the chair and
 * the secretary with their accounts — until it ends; a stale version is a 409. A replaced chair or secretary
 * stays on the list of delegates: what they said and did at the meeting is kept.
 */
export async function editMeeting(args: { db: Db; actor: Actor; meetingId: string; input: unknown }) {
  const input = parseInput(editMeetingInput, args.input);
  return changeMeeting(
    args.db,
    args.actor,
    args.meetingId,
    (s) => managesMeeting(args.actor, s),
    async (tx, s) => {
      if (s.meeting.version !== input.version)
        throw conflict(
          `Hội nghị vừa được người khác thay đổi (anh/chị đang sửa bản ${input.version}, bản hiện tại là ${s.meeting.version}). Hãy tải bản mới nhất rồi sửa tiếp.`,
        );
      const m = s.meeting;
      const details = {
        title: input.title,
        purpose: input.purpose,
        startsAt: new Date(input.startsAt),
        place: input.place,
      };
      const officers = { chairDelegateId: m.chairDelegateId, secretaryDelegateId: m.secretaryDelegateId };
      const delegates = [...s.delegates];
      for (const role of ["chair", "secretary"] as const) {
        const change = input[role];
        if (!change) continue;
        const scope = { ...s, meeting: { ...m, ...details }, delegates };
        const d = await officerDelegate(tx, args.actor, scope, change, role);
        const at = delegates.findIndex((x) => x.id === d.id);
        if (at < 0) delegates.push(d);
        else delegates[at] = d;
        officers[ROLE_FIELD[role]] = d.id;
      }
      if (officers.chairDelegateId !== null && officers.chairDelegateId === officers.secretaryDelegateId)
        throw new AppError("validation", 400, "Người chủ trì và thư ký phải là hai người khác nhau.", [
          { path: "secretary", message: "Trùng với người chủ trì" },
        ]);
      await updateMeeting(tx, m.id, { ...details, ...officers });
      await bumpVersion(tx, m.id);
      const accountOf = (id: string | null) => delegates.find((d) => d.id === id)?.userId ?? null;
      const before = s.delegates;
      await recordAudit(tx, args.actor, {
        councilId: m.councilId,
        action: "edit_meeting",
        entity: "meeting",
        entityId: m.id,
        before: {
          title: m.title,
          purpose: m.purpose,
          startsAt: m.startsAt.toISOString(),
          place: m.place,
          chairDelegateId: m.chairDelegateId,
          chairUserId: before.find((d) => d.id === m.chairDelegateId)?.userId ?? null,
          secretaryDelegateId: m.secretaryDelegateId,
          secretaryUserId: before.find((d) => d.id === m.secretaryDelegateId)?.userId ?? null,
        },
        after: {
          ...details,
          startsAt: input.startsAt,
          ...officers,
          chairUserId: accountOf(officers.chairDelegateId),
          secretaryUserId: accountOf(officers.secretaryDelegateId),
        },
      });
      await appendEvent(tx, m.councilId, m.id, "meeting.changed", { what: "details" });
    },
  );
}

/** The delegate row that will hold the role: one already invited (its account changed if asked), or a new one. */
async function officerDelegate(
  tx: Tx,
  actor: Actor,
  s: MeetingScope,
  change: OfficerChange,
  role: "chair" | "secretary",
): Promise<DelegateRow> {
  const existing = change.delegateId
    ? s.delegates.find((d) => d.id === change.delegateId)
    : change.personId
      ? s.delegates.find((d) => d.personId === change.personId)
      : undefined;
  if (change.delegateId && !existing) throw notFound("Đại biểu");
  if (!existing) {
    const invite = { ...change, unitId: null, votingRight: false, role: "delegate" as const };
    return inviteDelegate(tx, actor, s, invite);
  }
  // An invited delegate keeps their account unless another is chosen; one without gets their own, if any.
  const keep = change.userId === undefined && existing.userId !== null;
  const userId = keep
    ? existing.userId
    : await delegateAccount(tx, s, { personId: existing.personId, userId: change.userId }, existing.id);
  if (userId === existing.userId) return existing;
  await updateDelegate(tx, existing.id, { userId });
  await recordAudit(tx, actor, {
    councilId: s.meeting.councilId,
    action: "link_account",
    entity: "meeting_delegate",
    entityId: existing.id,
    before: { userId: existing.userId },
    after: { userId, role },
  });
  return { ...existing, userId };
}
