import type { Context } from "hono";
import { streamSSE } from "hono/streaming";
import { type AppEnv, requireActor } from "../../server/context";
import { conflict } from "../../server/errors";
import { fileHeaders } from "../../server/file-response";
import { newRouter } from "../../server/router";
import { registerMinutesSource } from "../documents/proposal-dossier";
import { MIME } from "../documents/route-defs";
import { readUpload } from "../files/upload";
import { subscribe } from "./live/bus";
import { lastEventId, type MeetingEvent } from "./live/events";
import { loadMeeting } from "./load";
import {
  amendMinutes,
  approveMinutes,
  draftMinutes,
  editMinutes,
  getMinutes,
  readableMinutes,
} from "./minutes";
import { approvedMinutesOfCluster, minutesFile } from "./minutes-file";
import { minutesHtml, minutesMarkdown } from "./render-minutes";
import { reportHtml, reportMarkdown } from "./render-report";
import {
  addReportPhoto,
  draftReport,
  editReport,
  getReport,
  mayAddReportPhoto,
  readReportPhoto,
} from "./report";
import * as r from "./route-defs";

const HEARTBEAT_MS = 20_000;
// The conference dossier (documents module) takes the cluster's approved minutes from here.
registerMinutesSource(approvedMinutesOfCluster);
const text = (body: string, mime: string) => ({
  body,
  headers: { "content-type": `${mime}; charset=utf-8`, "cache-control": "private, no-store" },
});

/** Minutes, news report and the live view's event stream. */
export const recordRoutes = newRouter()
  .openapi(r.getMinutesRoute, async (c) => {
    const meetingId = c.req.valid("param").id;
    return c.json({ data: await getMinutes({ db: c.get("db"), actor: requireActor(c), meetingId }) }, 200);
  })
  .openapi(r.draftMinutesRoute, async (c) => {
    const actor = requireActor(c);
    const meetingId = c.req.valid("param").id;
    await draftMinutes({ db: c.get("db"), actor, meetingId });
    return c.json({ data: await getMinutes({ db: c.get("db"), actor, meetingId }) }, 200);
  })
  .openapi(r.editMinutesRoute, async (c) => {
    const actor = requireActor(c);
    const meetingId = c.req.valid("param").id;
    await editMinutes({ db: c.get("db"), actor, meetingId, input: c.req.valid("json") });
    return c.json({ data: await getMinutes({ db: c.get("db"), actor, meetingId }) }, 200);
  })
  .openapi(r.approveMinutesRoute, async (c) => {
    const actor = requireActor(c);
    const meetingId = c.req.valid("param").id;
    await approveMinutes({ db: c.get("db"), actor, meetingId, input: c.req.valid("json") });
    return c.json({ data: await getMinutes({ db: c.get("db"), actor, meetingId }) }, 200);
  })
  .openapi(r.amendMinutesRoute, async (c) => {
    const actor = requireActor(c);
    const meetingId = c.req.valid("param").id;
    await amendMinutes({ db: c.get("db"), actor, meetingId, input: c.req.valid("json") });
    return c.json({ data: await getMinutes({ db: c.get("db"), actor, meetingId }) }, 200);
  })
  .openapi(r.minutesHtmlRoute, async (c) => {
    const m = await readableMinutes({
      db: c.get("db"),
      actor: requireActor(c),
      meetingId: c.req.valid("param").id,
    });
    const t = text(minutesHtml(m.content), "text/html");
    return c.body(t.body, 200, t.headers);
  })
  .openapi(r.minutesMdRoute, async (c) => {
    const m = await readableMinutes({
      db: c.get("db"),
      actor: requireActor(c),
      meetingId: c.req.valid("param").id,
    });
    const t = text(minutesMarkdown(m.content), "text/markdown");
    return c.body(t.body, 200, t.headers);
  })
  .openapi(r.minutesFileRoute("docx"), async (c) => sendMinutes(c, c.req.valid("param").id, "docx"))
  .openapi(r.minutesFileRoute("pdf"), async (c) => sendMinutes(c, c.req.valid("param").id, "pdf"))
  .openapi(r.getReportRoute, async (c) =>
    c.json(
      {
        data: await getReport({
          db: c.get("db"),
          actor: requireActor(c),
          meetingId: c.req.valid("param").id,
        }),
      },
      200,
    ),
  )
  .openapi(r.draftReportRoute, async (c) => {
    const actor = requireActor(c);
    const meetingId = c.req.valid("param").id;
    await draftReport({ db: c.get("db"), actor, meetingId });
    return c.json({ data: await getReport({ db: c.get("db"), actor, meetingId }) }, 200);
  })
  .openapi(r.editReportRoute, async (c) => {
    const actor = requireActor(c);
    const meetingId = c.req.valid("param").id;
    await editReport({ db: c.get("db"), actor, meetingId, input: c.req.valid("json") });
    return c.json({ data: await getReport({ db: c.get("db"), actor, meetingId }) }, 200);
  })
  .openapi(r.addPhotoRoute, async (c) => {
    const actor = requireActor(c);
    const meetingId = c.req.valid("param").id;
    await mayAddReportPhoto({ db: c.get("db"), actor, meetingId });
    const { fields, file } = await readUpload(c.req.raw, c.get("db"), {
      fields: r.photoFields,
      missingFile: "Cần chọn ảnh",
    });
    await addReportPhoto({ db: c.get("db"), actor, meetingId, file, caption: fields.caption });
    return c.json({ data: await getReport({ db: c.get("db"), actor, meetingId }) }, 200);
  })
  .openapi(r.photoRoute, async (c) => {
    const { id, fileId } = c.req.valid("param");
    const file = await readReportPhoto({ db: c.get("db"), actor: requireActor(c), meetingId: id, fileId });
    return c.body(file.stream(), 200, fileHeaders(file));
  })
  .openapi(r.reportHtmlRoute, async (c) => {
    const meetingId = c.req.valid("param").id;
    const { report } = await getReport({ db: c.get("db"), actor: requireActor(c), meetingId });
    if (!report) throw conflict("Chưa có dự thảo tin bài.");
    const t = text(reportHtml(meetingId, report), "text/html");
    return c.body(t.body, 200, t.headers);
  })
  .openapi(r.reportMdRoute, async (c) => {
    const meetingId = c.req.valid("param").id;
    const { report } = await getReport({ db: c.get("db"), actor: requireActor(c), meetingId });
    if (!report) throw conflict("Chưa có dự thảo tin bài.");
    const t = text(reportMarkdown(meetingId, report), "text/markdown");
    return c.body(t.body, 200, t.headers);
  })
  .openapi(r.eventsRoute, async (c) => {
    const actor = requireActor(c);
    const db = c.get("db");
    const meetingId = c.req.valid("param").id;
    await loadMeeting(db, actor, meetingId);
    const header = Number(c.req.header("last-event-id"));
    const fromId =
      Number.isInteger(header) && header >= 0
        ? header
        : (c.req.valid("query").lastEventId ?? (await lastEventId(db, meetingId)));
    return streamSSE(c, async (stream) => {
      const queue: MeetingEvent[] = [];
      let wake: (() => void) | null = null;
      let open = true;
      const unsubscribe = subscribe(db, meetingId, fromId, (e) => {
        queue.push(e);
        wake?.();
      });
      stream.onAbort(() => {
        open = false;
        unsubscribe();
        wake?.();
      });
      await stream.writeSSE({ event: "ready", data: JSON.stringify({ lastEventId: fromId }), retry: 2000 });
      while (open) {
        for (let e = queue.shift(); e; e = queue.shift()) {
          await stream.writeSSE({ id: String(e.id), data: JSON.stringify(e) });
        }
        const woken = await new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => resolve(false), HEARTBEAT_MS);
          wake = () => {
            clearTimeout(timer);
            resolve(true);
          };
        });
        wake = null;
        if (!woken && open) await stream.write(": ping\n\n");
      }
    });
  });

async function sendMinutes(c: Context<AppEnv>, meetingId: string, format: "docx" | "pdf") {
  const file = await minutesFile({
    db: c.get("db"),
    actor: requireActor(c),
    meetingId,
    format,
  });
  const headers = fileHeaders({ name: file.name, mime: MIME[format], size: file.bytes.byteLength });
  return c.body(Buffer.from(file.bytes), 200, headers);
}
