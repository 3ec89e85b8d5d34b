import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { consolidatedReport, reportPeriod, saveConsolidatedInput } from "../../contracts/reports";
import { requireActor } from "../../server/context";
import { contentDisposition } from "../../server/file-response";
import { dataResponse, errorResponses, newRouter } from "../../server/router";
import { getConsolidated, saveConsolidated } from "./consolidated";
import { consolidatedHtml } from "./consolidated-html";
import { listPeriods } from "./list-periods";

const tags = ["reports"];
const idParam = z.object({ id: z.uuid({ error: "Mã kỳ báo cáo không hợp lệ" }) });

const listRoute = createRoute({
  method: "get",
  path: "/api/report-periods",
  tags,
  summary: "Các kỳ báo cáo của một cụm",
  request: { query: z.object({ clusterId: z.uuid({ error: "Mã cụm không hợp lệ" }) }) },
  responses: {
    ...dataResponse(z.object({ manages: z.boolean(), periods: z.array(reportPeriod) })),
    ...errorResponses(400, 401, 404),
  },
});
const getRoute = createRoute({
  method: "get",
  path: "/api/report-periods/{id}/consolidated",
  tags,
  summary: "Báo cáo tổng hợp của cụm (bản đã lưu, hoặc bản nháp ghép từ báo cáo đơn vị và xếp hạng)",
  request: { params: idParam },
  responses: { ...dataResponse(consolidatedReport), ...errorResponses(400, 401, 403, 404) },
});
const saveRoute = createRoute({
  method: "put",
  path: "/api/report-periods/{id}/consolidated",
  tags,
  summary: "Cụm trưởng lưu báo cáo tổng hợp đã biên tập (sai phiên bản → 409)",
  request: {
    params: idParam,
    body: { content: { "application/json": { schema: saveConsolidatedInput } }, required: true },
  },
  responses: { ...dataResponse(consolidatedReport), ...errorResponses(400, 401, 403, 404, 409) },
});
const htmlRoute = createRoute({
  method: "get",
  path: "/api/report-periods/{id}/consolidated.html",
  tags,
  summary: "Tải báo cáo tổng hợp dạng HTML",
  request: { params: idParam },
  responses: {
    200: { description: "Tài liệu HTML", content: { "text/html": { schema: z.string() } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

export const periodRoutes = newRouter()
  .openapi(listRoute, async (c) => {
    const actor = requireActor(c);
    return c.json(
      { data: await listPeriods({ db: c.get("db"), actor, clusterId: c.req.valid("query").clusterId }) },
      200,
    );
  })
  .openapi(getRoute, async (c) => {
    const actor = requireActor(c);
    return c.json(
      { data: await getConsolidated({ db: c.get("db"), actor, periodId: c.req.valid("param").id }) },
      200,
    );
  })
  .openapi(saveRoute, async (c) => {
    const actor = requireActor(c);
    const db = c.get("db");
    const periodId = c.req.valid("param").id;
    await saveConsolidated({ db, actor, periodId, input: c.req.valid("json") });
    return c.json({ data: await getConsolidated({ db, actor, periodId }) }, 200);
  })
  .openapi(htmlRoute, async (c) => {
    const actor = requireActor(c);
    const report = await getConsolidated({ db: c.get("db"), actor, periodId: c.req.valid("param").id });
    return c.body(consolidatedHtml(report), 200, {
      "content-type": "text/html; charset=utf-8",
      "content-disposition": contentDisposition(`${report.title}.html`),
      "cache-control": "private, no-store",
    });
  });
