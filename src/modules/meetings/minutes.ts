import { z } from "zod";
import { minutesAmendInput, minutesEditInput } from "../../contracts/meetings";
import { minutesContent } from "../../contracts/minutes";
import { parseInput } from "../../contracts/parse";
import type { Db, DbOrTx, Tx } from "../../db/types";
import { AppError, conflict, forbidden } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { buildMinutes } from "./build-minutes";
import { readMeeting } from "./get-meeting";
import { appendEvent } from "./live/events";
import { changeMeeting, loadMeeting } from "./load";
import { isChair, isSecretary, keepsRecord, type MeetingScope, readsDraftMinutes } from "./policy";
import { findRecord, type RecordRow, updateRecord } from "./repo";

const stale = () => conflict("Biên bản đã được người khác sửa; hãy tải lại bản mới nhất.");

async function save(
  tx: Tx,
  actor: Actor,
  s: MeetingScope,
  before: RecordRow,
  values: Partial<RecordRow>,
  action: string,
) {
  await updateRecord(tx, s.meeting.id, values);
  await recordAudit(tx, actor, {
    councilId: s.meeting.councilId,
    action,
    entity: "minutes",
    entityId: s.meeting.id,
    before: { status: before.minutesStatus, version: before.minutesVersion, content: before.minutes },
    after: {
      status: values.minutesStatus ?? before.minutesStatus,
      version: values.minutesVersion,
      content: values.minutes,
    },
  });
  await appendEvent(tx, s.meeting.councilId, s.meeting.id, "minutes.changed", {
    status: values.minutesStatus ?? before.minutesStatus,
  });
}

/** Drafts (or redrafts) the minutes from the record; approved minutes change only by amendment. */
export async function draftMinutes(args: { db: Db; actor: Actor; meetingId: string }) {
  return changeMeeting(
    args.db,
    args.actor,
    args.meetingId,
    (s) => keepsRecord(args.actor, s),
    async (tx, s) => {
      const record = await findRecord(tx, s.meeting.id, true);
      if (record.minutesStatus === "approved")
        throw conflict("Biên bản đã duyệt; chỉ sửa được bằng sửa đổi có lý do.");
      const content = buildMinutes(await readMeeting(tx, args.actor, s.meeting.id));
      const version = record.minutesVersion + 1;
      const values = {
        minutes: content,
        minutesStatus: "draft" as const,
        minutesVersion: version,
        approvedByChair: null,
        approvedBySecretary: null,
      };
      await save(tx, args.actor, s, record, values, "draft");
      return { version, content };
    },
    { afterEnd: true },
  );
}

/** Saves the edited draft; a stale version is a 409; any earlier approval must be given again. */
export async function editMinutes(args: { db: Db; actor: Actor; meetingId: string; input: unknown }) {
  const input = parseInput(minutesEditInput, args.input);
  const content = parseInput(z.object({ content: minutesContent }), { content: input.content }).content;
  return changeMeeting(
    args.db,
    args.actor,
    args.meetingId,
    (s) => keepsRecord(args.actor, s),
    async (tx, s) => {
      const record = await findRecord(tx, s.meeting.id, true);
      if (record.minutesStatus === "approved")
        throw conflict("Biên bản đã duyệt; chỉ sửa được bằng sửa đổi có lý do.");
      if (record.minutesStatus === "none") throw conflict("Chưa có dự thảo biên bản.");
      if (record.minutesVersion !== input.version) throw stale();
      const version = record.minutesVersion + 1;
      const values = {
        minutes: content,
        minutesVersion: version,
        approvedByChair: null,
        approvedBySecretary: null,
      };
      await save(tx, args.actor, s, record, values, "edit");
      return { version };
    },
    { afterEnd: true },
  );
}

/** The chair or the secretary approves this version; with both, the minutes are locked. */
export async function approveMinutes(args: { db: Db; actor: Actor; meetingId: string; input: unknown }) {
  const input = parseInput(
    z.object({ version: z.number().int(), as: z.enum(["chair", "secretary"]) }),
    args.input,
  );
  return changeMeeting(
    args.db,
    args.actor,
    args.meetingId,
    () => true,
    async (tx, s) => {
      const allowed = input.as === "chair" ? isChair(args.actor, s) : isSecretary(args.actor, s);
      if (!allowed) throw forbidden();
      const record = await findRecord(tx, s.meeting.id, true);
      if (record.minutesStatus !== "draft")
        throw conflict(
          record.minutesStatus === "approved" ? "Biên bản đã được duyệt." : "Chưa có dự thảo biên bản.",
        );
      if (record.minutesVersion !== input.version) throw stale();
      const chair = input.as === "chair" ? s.meeting.chairDelegateId : record.approvedByChair;
      const secretary = input.as === "secretary" ? s.meeting.secretaryDelegateId : record.approvedBySecretary;
      const values = {
        approvedByChair: chair,
        approvedBySecretary: secretary,
        minutesStatus: chair && secretary ? ("approved" as const) : ("draft" as const),
        minutesVersion: record.minutesVersion,
      };
      await save(tx, args.actor, s, record, values, `approve_${input.as}`);
      return { status: values.minutesStatus };
    },
    { afterEnd: true },
  );
}

/** Changes approved minutes: a new version with the reason, kept in the amendments list and the audit log. */
export async function amendMinutes(args: { db: Db; actor: Actor; meetingId: string; input: unknown }) {
  const input = parseInput(minutesAmendInput, args.input);
  const content = parseInput(z.object({ content: minutesContent }), { content: input.content }).content;
  return changeMeeting(
    args.db,
    args.actor,
    args.meetingId,
    (s) => keepsRecord(args.actor, s),
    async (tx, s) => {
      const record = await findRecord(tx, s.meeting.id, true);
      if (record.minutesStatus !== "approved")
        throw conflict("Chỉ sửa đổi biên bản đã duyệt; bản dự thảo thì sửa trực tiếp.");
      if (record.minutesVersion !== input.version) throw stale();
      const by = args.actor.kind === "user" ? args.actor.username : args.actor.name;
      const amendments = [...record.amendments, { at: new Date().toISOString(), by, reason: input.reason }];
      const version = record.minutesVersion + 1;
      await save(
        tx,
        args.actor,
        s,
        record,
        { minutes: content, minutesVersion: version, amendments },
        "amend",
      );
      return { version };
    },
    { afterEnd: true },
  );
}

/**
 * The minutes as stored, for the preview and the document renderer. A draft's text goes only to those who
 * read drafts (chair, secretary, the council's admins, the cluster head); others learn its status, not its text.
 */
export async function getMinutes(args: { db: DbOrTx; actor: Actor; meetingId: string }) {
  const s = await loadMeeting(args.db, args.actor, args.meetingId);
  const record = await findRecord(args.db, args.meetingId);
  const hidden = record.minutesStatus === "draft" && !readsDraftMinutes(args.actor, s);
  return {
    status: record.minutesStatus,
    version: record.minutesVersion,
    approvedByChair: record.approvedByChair !== null,
    approvedBySecretary: record.approvedBySecretary !== null,
    amendments: record.amendments,
    content: record.minutes === null || hidden ? null : minutesContent.parse(record.minutes),
    title: s.meeting.title,
  };
}

/** The minutes' content for a file (HTML, Markdown, DOCX, PDF): 409 before a draft, 403 for a draft one may not read. */
export async function readableMinutes(args: { db: DbOrTx; actor: Actor; meetingId: string }) {
  const m = await getMinutes(args);
  if (m.status === "none") throw conflict("Chưa có dự thảo biên bản.");
  if (!m.content)
    throw new AppError(
      "forbidden",
      403,
      "Biên bản chưa được chủ trì và thư ký duyệt; bản dự thảo chỉ chủ trì, thư ký và ban tổ chức được xem.",
    );
  return { ...m, content: m.content };
}
