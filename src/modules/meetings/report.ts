import { reportEditInput } from "../../contracts/meetings";
import { type NewsReport, newsReport } from "../../contracts/minutes";
import { parseInput } from "../../contracts/parse";
import type { Db, Tx } from "../../db/types";
import { AppError, conflict, forbidden, notFound } from "../../server/errors";
import type { UploadedFile } from "../../server/multipart";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { readFile } from "../files/list-files";
import { releasingUpload } from "../files/put-blob";
import { storeFile } from "../files/store-file";
import { buildReport } from "./build-report";
import { readMeeting } from "./get-meeting";
import { changeMeeting, loadMeeting } from "./load";
import { keepsRecord, type MeetingScope } from "./policy";
import { findRecord, updateRecord } from "./repo";

export const REPORT_ENTITY = "meeting_report";

async function saveReport(
  tx: Tx,
  actor: Actor,
  s: MeetingScope,
  before: unknown,
  report: NewsReport,
  version: number,
  action: string,
) {
  await updateRecord(tx, s.meeting.id, { report, reportVersion: version });
  await recordAudit(tx, actor, {
    councilId: s.meeting.councilId,
    action,
    entity: "meeting_report",
    entityId: s.meeting.id,
    before,
    after: report,
  });
}

const byOf = (actor: Actor) => (actor.kind === "user" ? actor.displayName : "Ban biên tập");

/** Drafts the news report from the record (photos already attached are kept). */
export async function draftReport(args: { db: Db; actor: Actor; meetingId: string }) {
  return changeMeeting(
    args.db,
    args.actor,
    args.meetingId,
    (s) => keepsRecord(args.actor, s),
    async (tx, s) => {
      const record = await findRecord(tx, s.meeting.id, true);
      const photos = record.report ? newsReport.parse(record.report).photos : [];
      const report = {
        ...buildReport(await readMeeting(tx, args.actor, s.meeting.id), byOf(args.actor)),
        photos,
      };
      await saveReport(tx, args.actor, s, record.report, report, record.reportVersion + 1, "draft");
      return { version: record.reportVersion + 1, report };
    },
    { afterEnd: true },
  );
}

/** Saves the edited text (title, dateline, paragraphs, byline); a stale version is a 409. */
export async function editReport(args: { db: Db; actor: Actor; meetingId: string; input: unknown }) {
  const input = parseInput(reportEditInput, args.input);
  return changeMeeting(
    args.db,
    args.actor,
    args.meetingId,
    (s) => keepsRecord(args.actor, s),
    async (tx, s) => {
      const record = await findRecord(tx, s.meeting.id, true);
      if (!record.report) throw conflict("Chưa có dự thảo tin bài.");
      if (record.reportVersion !== input.version)
        throw conflict("Tin bài đã được người khác sửa; hãy tải lại.");
      const { version: _v, ...text } = input;
      const report = { ...newsReport.parse(record.report), ...text };
      await saveReport(tx, args.actor, s, record.report, report, record.reportVersion + 1, "edit");
      return { version: record.reportVersion + 1 };
    },
    { afterEnd: true },
  );
}

/** Before reading a photo's body: 404 for a meeting the actor may not see, 403 for one whose record they do not keep. */
export async function mayAddReportPhoto(args: { db: Db; actor: Actor; meetingId: string }): Promise<void> {
  const scope = await loadMeeting(args.db, args.actor, args.meetingId, false);
  if (!keepsRecord(args.actor, scope)) throw forbidden();
}

/** Attaches a photo (checked by content through the files module) with its caption. */
export async function addReportPhoto(args: {
  db: Db;
  actor: Actor;
  meetingId: string;
  file: UploadedFile;
  caption: string;
}) {
  return releasingUpload(args.db, args.file, () => addPhotoRecord(args));
}

function addPhotoRecord(args: Parameters<typeof addReportPhoto>[0]) {
  return changeMeeting(
    args.db,
    args.actor,
    args.meetingId,
    (s) => keepsRecord(args.actor, s),
    async (tx, s) => {
      const record = await findRecord(tx, s.meeting.id, true);
      if (!record.report) throw conflict("Chưa có dự thảo tin bài.");
      const caption = args.caption.trim();
      if (!caption || caption.includes("\u0000")) {
        throw new AppError("validation", 400, "Cần chú thích ảnh.", [
          { path: "caption", message: "Bắt buộc" },
        ]);
      }
      const stored = await storeFile(tx, args.actor, {
        councilId: s.meeting.councilId,
        entity: REPORT_ENTITY,
        entityId: s.meeting.id,
        file: args.file,
      });
      if (!stored.mime.startsWith("image/"))
        throw new AppError("invalid_file", 415, "Ảnh phải là tệp hình ảnh (JPEG, PNG…).");
      const before = newsReport.parse(record.report);
      const report = {
        ...before,
        photos: [...before.photos, { fileId: stored.id, caption: caption.slice(0, 500) }],
      };
      await saveReport(tx, args.actor, s, record.report, report, record.reportVersion + 1, "photo");
      return { fileId: stored.id, version: record.reportVersion + 1 };
    },
    { afterEnd: true },
  );
}

export async function getReport(args: { db: Db; actor: Actor; meetingId: string }) {
  await loadMeeting(args.db, args.actor, args.meetingId);
  const record = await findRecord(args.db, args.meetingId);
  return { version: record.reportVersion, report: record.report ? newsReport.parse(record.report) : null };
}

export async function readReportPhoto(args: { db: Db; actor: Actor; meetingId: string; fileId: string }) {
  const { report } = await getReport(args);
  if (!report?.photos.some((p) => p.fileId === args.fileId)) throw notFound("Ảnh");
  const file = await readFile(args.db, args.fileId);
  if (!file) throw notFound("Ảnh");
  return file;
}

export { readMeeting };
