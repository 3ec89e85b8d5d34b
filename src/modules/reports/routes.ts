import type { Db } from "../../db/types";
import { requireActor } from "../../server/context";
import { fileHeaders } from "../../server/file-response";
import { newRouter } from "../../server/router";
import type { Actor } from "../auth/actor";
import { readUpload } from "../files/upload";
import { getReport } from "./get-report";
import { listReports } from "./list-reports";
import { moveReport, type ReportMove } from "./move-report";
import { openReportPeriod } from "./open-period";
import { periodRoutes } from "./period-routes";
import { attachReportFile, detachReportFile, mayAttachReportFile, readReportFile } from "./report-files";
import {
  acceptRoute,
  attachRoute,
  detachRoute,
  downloadRoute,
  getReportRoute,
  listReportsRoute,
  openPeriodRoute,
  reopenRoute,
  returnRoute,
  saveReportRoute,
  submitRoute,
  UPLOAD_MISSING,
} from "./route-defs";
import { saveReport } from "./save-report";

export const reportRoutes = newRouter()
  .route("/", periodRoutes)
  .openapi(listReportsRoute, async (c) => {
    const actor = requireActor(c);
    return c.json({ data: await listReports({ db: c.get("db"), actor, query: c.req.valid("query") }) }, 200);
  })
  .openapi(openPeriodRoute, async (c) => {
    const actor = requireActor(c);
    const { period } = await openReportPeriod({ db: c.get("db"), actor, input: c.req.valid("json") });
    const { id, clusterId, kind, year, deadline } = period;
    return c.json({ data: { id, clusterId, kind, year, deadline, fields: period.fields as never } }, 200);
  })
  .openapi(getReportRoute, async (c) => {
    const actor = requireActor(c);
    return c.json(
      { data: await getReport({ db: c.get("db"), actor, reportId: c.req.valid("param").id }) },
      200,
    );
  })
  .openapi(saveReportRoute, async (c) => {
    const actor = requireActor(c);
    const db = c.get("db");
    const reportId = c.req.valid("param").id;
    await saveReport({ db, actor, reportId, input: c.req.valid("json") });
    return c.json({ data: await getReport({ db, actor, reportId }) }, 200);
  })
  .openapi(submitRoute, async (c) =>
    c.json(
      await moved(c.get("db"), requireActor(c), c.req.valid("param").id, "submit", c.req.valid("json")),
      200,
    ),
  )
  .openapi(returnRoute, async (c) =>
    c.json(
      await moved(c.get("db"), requireActor(c), c.req.valid("param").id, "return", c.req.valid("json")),
      200,
    ),
  )
  .openapi(acceptRoute, async (c) =>
    c.json(
      await moved(c.get("db"), requireActor(c), c.req.valid("param").id, "accept", c.req.valid("json")),
      200,
    ),
  )
  .openapi(reopenRoute, async (c) =>
    c.json(
      await moved(c.get("db"), requireActor(c), c.req.valid("param").id, "reopen", c.req.valid("json")),
      200,
    ),
  )
  .openapi(attachRoute, async (c) => {
    const actor = requireActor(c);
    await mayAttachReportFile({ db: c.get("db"), actor, reportId: c.req.valid("param").id });
    const { file } = await readUpload(c.req.raw, c.get("db"), { missingFile: UPLOAD_MISSING });
    const stored = await attachReportFile({
      db: c.get("db"),
      actor,
      reportId: c.req.valid("param").id,
      file,
    });
    return c.json({ data: { id: stored.id, name: stored.name, size: stored.size, mime: stored.mime } }, 200);
  })
  .openapi(detachRoute, async (c) => {
    const { id, fileId } = c.req.valid("param");
    const removed = await detachReportFile({ db: c.get("db"), actor: requireActor(c), reportId: id, fileId });
    return c.json({ data: removed }, 200);
  })
  .openapi(downloadRoute, async (c) => {
    const actor = requireActor(c);
    const { id, fileId } = c.req.valid("param");
    const file = await readReportFile({ db: c.get("db"), actor, reportId: id, fileId });
    return c.body(file.stream(), 200, fileHeaders(file));
  });

/** Runs one move, then answers with the fresh report (new version, what the actor may do next). */
async function moved(db: Db, actor: Actor, reportId: string, move: ReportMove, input: unknown) {
  await moveReport({ db, actor, reportId, move, input });
  return { data: await getReport({ db, actor, reportId }) };
}
