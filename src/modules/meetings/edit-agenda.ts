import { editAgendaItemInput, removeAgendaItemInput, reorderAgendaInput } from "../../contracts/meeting-prep";
import { parseInput } from "../../contracts/parse";
import type { Db, Tx } from "../../db/types";
import { AppError, conflict, notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { checkPresenter } from "./agenda";
import { appendEvent } from "./live/events";
import { changeMeeting } from "./load";
import { type MeetingScope, managesMeeting } from "./policy";
import { itemsOf } from "./repo";
import { bumpVersion, deleteItem, itemUse, renumberItems, updateItem } from "./repo-agenda";

type Args = { db: Db; actor: Actor; meetingId: string; input: unknown };

/** 409 when the agenda changed since the editor loaded it: their edit would overwrite someone else's. */
function checkVersion(s: MeetingScope, version: number) {
  if (s.meeting.version !== version)
    throw conflict(
      `Chương trình hội nghị vừa được người khác thay đổi (anh/chị đang sửa bản ${version}, bản hiện tại là ${s.meeting.version}). Hãy tải lại để xem bản mới nhất rồi sửa tiếp.`,
    );
}

async function itemOf(tx: Tx, s: MeetingScope, itemId: string) {
  const items = await itemsOf(tx, s.meeting.id);
  const item = items.find((i) => i.id === itemId);
  if (!item) throw notFound("Mục chương trình");
  return { item, items };
}

async function changed(
  tx: Tx,
  actor: Actor,
  s: MeetingScope,
  action: string,
  before: unknown,
  after: unknown,
) {
  await bumpVersion(tx, s.meeting.id);
  await recordAudit(tx, actor, {
    councilId: s.meeting.councilId,
    action,
    entity: "meeting",
    entityId: s.meeting.id,
    before,
    after,
  });
  await appendEvent(tx, s.meeting.councilId, s.meeting.id, "meeting.changed", { what: "agenda" });
}

/** Changes an item's title, presenter, planned minutes or documents. */
export async function editAgendaItem(args: Args & { itemId: string }) {
  const input = parseInput(editAgendaItemInput, args.input);
  return changeMeeting(
    args.db,
    args.actor,
    args.meetingId,
    (s) => managesMeeting(args.actor, s),
    async (tx, s) => {
      checkVersion(s, input.version);
      const { item } = await itemOf(tx, s, args.itemId);
      checkPresenter(s, input.presenterDelegateId);
      const { version: _v, ...values } = input;
      await updateItem(tx, item.id, values);
      const { id: _id, councilId: _c, meetingId: _m, ...before } = item;
      await changed(tx, args.actor, s, "edit_item", before, { itemId: item.id, ...values });
    },
  );
}

/** Removes an item nobody has spoken or voted on yet; the items after it move up. */
export async function removeAgendaItem(args: Args & { itemId: string }) {
  const input = parseInput(removeAgendaItemInput, args.input);
  return changeMeeting(
    args.db,
    args.actor,
    args.meetingId,
    (s) => managesMeeting(args.actor, s),
    async (tx, s) => {
      checkVersion(s, input.version);
      const { item, items } = await itemOf(tx, s, args.itemId);
      if (s.meeting.currentItemId === item.id)
        throw conflict("Hội nghị đang thảo luận mục này: hãy chuyển sang mục khác trước khi xóa.");
      const use = await itemUse(tx, item.id);
      if (use.speeches > 0 || use.votes > 0)
        throw conflict(
          "Mục này đã có lượt phát biểu hoặc biểu quyết, không xóa được (diễn biến hội nghị phải được giữ).",
        );
      await deleteItem(tx, item.id);
      await renumberItems(
        tx,
        s.meeting.id,
        items.filter((i) => i.id !== item.id).map((i) => i.id),
      );
      await changed(tx, args.actor, s, "remove_item", { itemId: item.id, title: item.title }, null);
    },
  );
}

/** Puts the items in the given order; the list must hold every item of the agenda exactly once. */
export async function reorderAgenda(args: Args) {
  const input = parseInput(reorderAgendaInput, args.input);
  return changeMeeting(
    args.db,
    args.actor,
    args.meetingId,
    (s) => managesMeeting(args.actor, s),
    async (tx, s) => {
      checkVersion(s, input.version);
      const items = await itemsOf(tx, s.meeting.id);
      const known = new Set(items.map((i) => i.id));
      if (input.itemIds.length !== items.length || input.itemIds.some((id) => !known.has(id)))
        throw new AppError(
          "validation",
          400,
          "Thứ tự phải gồm đúng các mục của chương trình, mỗi mục một lần.",
          [{ path: "itemIds", message: "Phải gồm đúng các mục của chương trình" }],
        );
      await renumberItems(tx, s.meeting.id, input.itemIds);
      await changed(
        tx,
        args.actor,
        s,
        "reorder_agenda",
        { itemIds: items.map((i) => i.id) },
        {
          itemIds: input.itemIds,
        },
      );
    },
  );
}
