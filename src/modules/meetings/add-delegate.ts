import type { z } from "zod";
import { addDelegateInput } from "../../contracts/meetings";
import { parseInput } from "../../contracts/parse";
import type { Db, Tx } from "../../db/types";
import { AppError, conflict, notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { getOrganization } from "../orgs/find-organization";
import { postsOfPersonOn } from "../people/posts-on";
import { meetingDay } from "./dates";
import { delegateAccount } from "./delegate-account";
import { changeMeeting } from "./load";
import { type MeetingScope, managesMeeting } from "./policy";
import { insertDelegate, updateMeeting } from "./repo";

export type InviteInput = z.output<typeof addDelegateInput>;

/**
 * Invites a delegate (or guest). From a person in the register, their name and all the posts they held on the
 * meeting day are taken as of that day; a typed name needs its post typed. May name the chair or the secretary.
 */
export async function addDelegate(args: { db: Db; actor: Actor; meetingId: string; input: unknown }) {
  const input = parseInput(addDelegateInput, args.input);
  return changeMeeting(
    args.db,
    args.actor,
    args.meetingId,
    (s) => managesMeeting(args.actor, s),
    (tx, s) => inviteDelegate(tx, args.actor, s, input),
  );
}

/** The invitation itself, inside the caller's transaction (also used when a meeting is convened). */
export async function inviteDelegate(tx: Tx, actor: Actor, s: MeetingScope, input: InviteInput) {
  let fullName = input.fullName;
  let post = input.post;
  if (input.personId) {
    const personId = input.personId;
    if (s.delegates.some((d) => d.personId === personId))
      throw conflict("Cán bộ này đã có trong danh sách đại biểu của hội nghị.");
    const found = await postsOfPersonOn(tx, personId, meetingDay(s.meeting.startsAt));
    if (!found || found.person.councilId !== s.meeting.councilId) throw notFound("Cán bộ");
    fullName = fullName ?? found.person.fullName;
    post = post ?? found.posts.map((p) => p.title).join(", ");
  }
  if (!post) {
    throw new AppError("validation", 400, "Cần ghi chức vụ của đại biểu.", [
      { path: "post", message: "Bắt buộc" },
    ]);
  }
  if (input.unitId) {
    const unit = await getOrganization(tx, input.unitId);
    if (!unit || unit.councilId !== s.meeting.councilId) throw notFound("Đơn vị");
  }
  const delegate = await insertDelegate(tx, {
    councilId: s.meeting.councilId,
    meetingId: s.meeting.id,
    personId: input.personId,
    fullName: fullName ?? "",
    post,
    unitId: input.unitId,
    userId: await delegateAccount(tx, s, input),
    votingRight: input.votingRight,
  });
  if (input.role === "chair") await updateMeeting(tx, s.meeting.id, { chairDelegateId: delegate.id });
  if (input.role === "secretary") await updateMeeting(tx, s.meeting.id, { secretaryDelegateId: delegate.id });
  await recordAudit(tx, actor, {
    councilId: s.meeting.councilId,
    action: "invite",
    entity: "meeting",
    entityId: s.meeting.id,
    after: { delegateId: delegate.id, fullName, post, role: input.role, userId: delegate.userId },
  });
  return delegate;
}
