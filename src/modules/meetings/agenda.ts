import { addAgendaItemInput, currentItemInput } from "../../contracts/meetings";
import { parseInput } from "../../contracts/parse";
import type { Db } from "../../db/types";
import { conflict, notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { appendEvent } from "./live/events";
import { changeMeeting } from "./load";
import { type MeetingScope, managesMeeting } from "./policy";
import { insertItem, itemsOf, updateMeeting } from "./repo";
import { bumpVersion } from "./repo-agenda";
import { votesOf } from "./repo-votes";

/** An item's presenter, when named, is one of the meeting's delegates (404 otherwise). */
export function checkPresenter(s: MeetingScope, presenterDelegateId: string | null | undefined) {
  if (presenterDelegateId && !s.delegates.some((d) => d.id === presenterDelegateId))
    throw notFound("Người trình bày");
}

/** Adds an item at the end of the agenda: title, presenter, planned minutes, the documents it discusses. */
export async function addAgendaItem(args: { db: Db; actor: Actor; meetingId: string; input: unknown }) {
  const input = parseInput(addAgendaItemInput, args.input);
  return changeMeeting(
    args.db,
    args.actor,
    args.meetingId,
    (s) => managesMeeting(args.actor, s),
    async (tx, s) => {
      checkPresenter(s, input.presenterDelegateId);
      const item = await insertItem(tx, {
        councilId: s.meeting.councilId,
        meetingId: s.meeting.id,
        ...input,
      });
      await bumpVersion(tx, s.meeting.id);
      await recordAudit(tx, args.actor, {
        councilId: s.meeting.councilId,
        action: "add_item",
        entity: "meeting",
        entityId: s.meeting.id,
        after: { itemId: item.id, ...input },
      });
      await appendEvent(tx, s.meeting.councilId, s.meeting.id, "meeting.changed", { what: "agenda" });
      return item;
    },
  );
}

/** Moves the meeting to an item (the projector follows); the first move starts the meeting. */
export async function setCurrentItem(args: { db: Db; actor: Actor; meetingId: string; input: unknown }) {
  const input = parseInput(currentItemInput, args.input);
  return changeMeeting(
    args.db,
    args.actor,
    args.meetingId,
    (s) => managesMeeting(args.actor, s),
    async (tx, s) => {
      if (input.itemId && !(await itemsOf(tx, s.meeting.id)).some((i) => i.id === input.itemId)) {
        throw notFound("Mục chương trình");
      }
      const status = s.meeting.status === "planned" && input.itemId ? "running" : s.meeting.status;
      await updateMeeting(tx, s.meeting.id, { currentItemId: input.itemId, status });
      await recordAudit(tx, args.actor, {
        councilId: s.meeting.councilId,
        action: "current_item",
        entity: "meeting",
        entityId: s.meeting.id,
        before: { itemId: s.meeting.currentItemId },
        after: { itemId: input.itemId },
      });
      await appendEvent(tx, s.meeting.councilId, s.meeting.id, "item.current", { itemId: input.itemId });
    },
  );
}

/** Ends the meeting: the projector shows it has closed; the record (minutes, report) goes on. */
export async function endMeeting(args: { db: Db; actor: Actor; meetingId: string }) {
  return changeMeeting(
    args.db,
    args.actor,
    args.meetingId,
    (s) => managesMeeting(args.actor, s),
    async (tx, s) => {
      if (s.meeting.status === "ended") return;
      if ((await votesOf(tx, s.meeting.id)).some((v) => v.status === "open"))
        throw conflict("Còn cuộc biểu quyết đang mở: hãy đóng và kiểm phiếu trước khi kết thúc hội nghị.");
      await updateMeeting(tx, s.meeting.id, { status: "ended", currentItemId: null });
      await recordAudit(tx, args.actor, {
        councilId: s.meeting.councilId,
        action: "end",
        entity: "meeting",
        entityId: s.meeting.id,
        before: { status: s.meeting.status },
      });
      await appendEvent(tx, s.meeting.councilId, s.meeting.id, "meeting.changed", { what: "ended" });
    },
    { afterEnd: true },
  );
}
