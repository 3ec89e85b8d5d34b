import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import {
  importQuery,
  importResult,
  scoringSheetQuery,
  sheetImportResult,
  sheetStage,
} from "../../contracts/rankings";
import { bilingualIssue } from "../../core/scoring/messages-vi";
import { IMPORT_BODY_LIMIT } from "../../server/body-limits";
import { requireActor } from "../../server/context";
import { AppError, forbidden } from "../../server/errors";
import { readMultipart } from "../../server/multipart";
import { dataResponse, errorResponses, newRouter } from "../../server/router";
import type { Actor } from "../auth/actor";
import { uploadBody } from "../files/upload";
import { exportCriteriaWorkbook } from "./criteria-workbook";
import { exportClusterYear } from "./export-cluster-year";
import { importClusterYear } from "./import-cluster-year";
import { MAX_SHEET_BYTES, mayUploadScoringSheet } from "./import-scoring-sheet";
import { saveScoringSheet } from "./save-scoring-sheet";
import { exportScoringSheet } from "./scoring-sheet";
import { attachment, XLSX_MIME } from "./xlsx";

/** The CLI prints the engine's English lines, as `thidua score` does; people in the web app read Vietnamese. */
function inVietnamese(err: unknown): never {
  if (err instanceof AppError && err.code === "validation" && err.issues) {
    const issues = err.issues.map(bilingualIssue);
    const first = issues[0];
    throw new AppError(
      "validation",
      400,
      `Tệp không hợp lệ, không nhập gì — ${first?.path || "(tệp)"}: ${first?.message}`,
      issues,
    );
  }
  throw err;
}
const idParam = z.object({ id: z.uuid({ error: "Mã cụm không hợp lệ" }) });
const binary = (mime: string, description: string) => ({
  200: { content: { [mime]: { schema: z.string().meta({ format: "binary" }) } }, description },
});
const importTooLarge = () =>
  new AppError("too_large", 413, `Tệp nhập quá lớn (giới hạn ${IMPORT_BODY_LIMIT / 1024 / 1024} MB).`);

const importRoute = createRoute({
  method: "post",
  path: "/api/imports/cluster-year",
  tags: ["exchange"],
  summary: "Nhập tệp thidua.cluster-year/v1 (thân yêu cầu là nội dung tệp JSON); tất cả hoặc không gì cả",
  request: { query: importQuery },
  responses: { ...dataResponse(importResult), ...errorResponses(400, 401, 403, 404, 409) },
});
const exportRoute = createRoute({
  method: "get",
  path: "/api/clusters/{id}/export.json",
  tags: ["exchange"],
  summary: "Tải tệp thidua.cluster-year/v1 của cụm (kết quả đã công bố)",
  request: { params: idParam },
  responses: { ...binary("application/json", "Tệp JSON"), ...errorResponses(400, 401, 404) },
});
const criteriaRoute = createRoute({
  method: "get",
  path: "/api/clusters/{id}/criteria.xlsx",
  tags: ["exchange"],
  summary: "Tải bảng tiêu chí, thang điểm (Excel)",
  request: { params: idParam },
  responses: { ...binary(XLSX_MIME, "Tệp Excel"), ...errorResponses(400, 401, 404) },
});
const sheetRoute = createRoute({
  method: "get",
  path: "/api/clusters/{id}/scoring-sheet.xlsx",
  tags: ["exchange"],
  summary: "Tải phiếu chấm điểm (Excel) để điền: mỗi đơn vị một trang",
  request: { params: idParam, query: scoringSheetQuery },
  responses: { ...binary(XLSX_MIME, "Tệp Excel"), ...errorResponses(400, 401, 403, 404) },
});
const uploadRoute = createRoute({
  method: "post",
  path: "/api/clusters/{id}/scoring-sheet",
  tags: ["exchange"],
  summary:
    "Tải lên phiếu chấm đã điền (multipart, trường file): kiểm tra từng ô rồi lưu tất cả trong một giao dịch, hoặc không lưu gì (409 nếu có giá trị đã bị người khác sửa sau khi tải phiếu)",
  request: {
    params: idParam,
    query: z.object({ stage: sheetStage.default("self") }),
    body: uploadBody(),
  },
  responses: { ...dataResponse(sheetImportResult), ...errorResponses(400, 401, 403, 404, 409) },
});

/** The council an import goes to: the one asked for, or the only one the user administers. */
function councilFor(actor: Actor, asked: string | undefined): string {
  if (asked) return asked;
  const mine =
    actor.kind === "user"
      ? [...new Set(actor.grants.filter((g) => g.role === "council_admin").map((g) => g.councilId))]
      : [];
  if (mine.length === 1) return mine[0]!;
  if (mine.length === 0) throw forbidden();
  const message = "Hãy chọn cơ quan nhận tệp";
  throw new AppError("validation", 400, `councilId: ${message}.`, [{ path: "councilId", message }]);
}

export const exchangeRoutes = newRouter();
exchangeRoutes
  .openapi(importRoute, async (c) => {
    const actor = requireActor(c);
    const councilId = councilFor(actor, c.req.valid("query").councilId);
    // The body guard stops a larger body before it is read (IMPORT_BODY_LIMIT in its table); this is
    // the route's own statement of its limit, should the table ever change.
    const text = await c.req.text();
    if (Buffer.byteLength(text) > IMPORT_BODY_LIMIT) throw importTooLarge();
    const data = await importClusterYear({ db: c.get("db"), actor, councilId, text }).catch(inVietnamese);
    return c.json({ data }, 200);
  })
  .openapi(exportRoute, async (c) => {
    const { text, filename } = await exportClusterYear({
      db: c.get("db"),
      actor: requireActor(c),
      clusterId: c.req.valid("param").id,
    });
    return c.body(text, 200, {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": attachment(filename),
    });
  })
  .openapi(criteriaRoute, async (c) => {
    const { bytes, filename } = await exportCriteriaWorkbook({
      db: c.get("db"),
      actor: requireActor(c),
      clusterId: c.req.valid("param").id,
    });
    return c.body(bytes, 200, { "content-type": XLSX_MIME, "content-disposition": attachment(filename) });
  })
  .openapi(sheetRoute, async (c) => {
    const { bytes, filename } = await exportScoringSheet({
      db: c.get("db"),
      actor: requireActor(c),
      clusterId: c.req.valid("param").id,
      ...c.req.valid("query"),
    });
    return c.body(bytes, 200, { "content-type": XLSX_MIME, "content-disposition": attachment(filename) });
  })
  .openapi(uploadRoute, async (c) => {
    const actor = requireActor(c);
    const where = {
      db: c.get("db"),
      actor,
      clusterId: c.req.valid("param").id,
      stage: c.req.valid("query").stage,
    };
    await mayUploadScoringSheet(where);
    // Read by exceljs after the ZIP guard, not stored: streamed and capped like every upload, no type sniffing.
    const { file } = await readMultipart(c.req.raw, {
      fields: z.object({}),
      maxFileBytes: MAX_SHEET_BYTES,
      missingFile: "Hãy chọn tệp phiếu chấm (.xlsx)",
    });
    const data = await saveScoringSheet({
      db: c.get("db"),
      actor,
      clusterId: c.req.valid("param").id,
      bytes: file.bytes,
      stage: c.req.valid("query").stage,
    });
    return c.json({ data }, 200);
  });
