import type { OfficialDocument } from "../../core/documents";
import type { Db } from "../../db/types";
import type { Actor } from "../auth/actor";
import { assertRenderable } from "../documents/get-cluster-document";
import { renderDocx } from "../documents/render/render-docx";
import { renderPdf } from "../documents/render/render-pdf";
import { meetingDay } from "./dates";
import { loadMeeting } from "./load";
import { readableMinutes } from "./minutes";
import { minutesDocument } from "./minutes-document";
import { findRecord, meetingsOfClusters } from "./repo";

/** The minutes of a meeting as an official document: approved, or the draft for those who may read it. */
export async function minutesOfficialDocument(args: {
  db: Db;
  actor: Actor;
  meetingId: string;
}): Promise<OfficialDocument> {
  const m = await readableMinutes(args);
  const { meeting } = await loadMeeting(args.db, args.actor, args.meetingId);
  const doc = minutesDocument(m.content, meetingDay(meeting.startsAt), m.status === "approved");
  assertRenderable(doc);
  return doc;
}

/** The minutes as a DOCX or PDF file, named "bien-ban-<date>.<format>". */
export async function minutesFile(args: { db: Db; actor: Actor; meetingId: string; format: "docx" | "pdf" }) {
  const doc = await minutesOfficialDocument(args);
  const bytes = args.format === "pdf" ? await renderPdf(doc) : await renderDocx(doc);
  return { bytes, name: `bien-ban-hoi-nghi-${doc.date}.${args.format}` };
}

/**
 * The conference dossier's minutes (registered with the documents module): the cluster's year-end meeting
 * with approved minutes, else its latest meeting with approved minutes; null when there is none.
 */
export async function approvedMinutesOfCluster(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
}): Promise<OfficialDocument | null> {
  const meetings = await meetingsOfClusters(args.db, [args.clusterId]);
  const yearEnd = (m: (typeof meetings)[number]) => (m.kind === "tong_ket_nam" ? 1 : 0);
  const ranked = [...meetings].sort(
    (a, b) => yearEnd(b) - yearEnd(a) || b.startsAt.getTime() - a.startsAt.getTime(),
  );
  for (const m of ranked) {
    if ((await findRecord(args.db, m.id)).minutesStatus === "approved")
      return minutesOfficialDocument({ db: args.db, actor: args.actor, meetingId: m.id });
  }
  return null;
}
