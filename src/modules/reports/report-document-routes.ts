import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { z } from "zod";
import { requireActor } from "../../server/context";
import { fileHeaders } from "../../server/file-response";
import { binaryResponse, errorResponses, newRouter } from "../../server/router";
import { consolidatedFile } from "./consolidated-document";
import { reportFile } from "./report-document";

const MIME = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

const documentRoute = (format: "pdf" | "docx") =>
  createRoute({
    method: "get",
    path: `/api/reports/{id}/document.${format}`,
    tags: ["reports"],
    summary: `Báo cáo của đơn vị thành văn bản (${format.toUpperCase()}; thể thức Đảng hoặc Nhà nước theo cơ quan chủ trì; dự thảo khi chưa nộp)`,
    request: { params: z.object({ id: z.uuid({ error: "Mã báo cáo không hợp lệ" }) }) },
    responses: {
      ...binaryResponse(MIME[format], "Tệp văn bản"),
      ...errorResponses(400, 401, 404),
      422: { description: "Văn bản thiếu thành phần bắt buộc (cơ quan ban hành, địa danh, người ký…)" },
    },
  });

const consolidatedRoute = (format: "pdf" | "docx") =>
  createRoute({
    method: "get",
    path: `/api/report-periods/{id}/consolidated.${format}`,
    tags: ["reports"],
    summary: `Báo cáo tổng hợp của cụm thành văn bản (${format.toUpperCase()}; thể thức của cơ quan chủ trì, cụm trưởng ký; dự thảo khi cụm trưởng chưa lưu)`,
    request: { params: z.object({ id: z.uuid({ error: "Mã kỳ báo cáo không hợp lệ" }) }) },
    responses: {
      ...binaryResponse(MIME[format], "Tệp văn bản"),
      ...errorResponses(400, 401, 403, 404),
      422: { description: "Văn bản thiếu thành phần bắt buộc (cơ quan ban hành, địa danh, người ký…)" },
    },
  });

const router = newRouter();
const send = (c: Context, format: "pdf" | "docx", { bytes, name }: { bytes: Uint8Array; name: string }) =>
  c.body(Buffer.from(bytes), 200, fileHeaders({ name, mime: MIME[format], size: bytes.byteLength }));
for (const format of ["pdf", "docx"] as const) {
  router.openapi(documentRoute(format), async (c) => {
    const input = { db: c.get("db"), actor: requireActor(c), reportId: c.req.valid("param").id, format };
    return send(c, format, await reportFile(input));
  });
  router.openapi(consolidatedRoute(format), async (c) => {
    const input = { db: c.get("db"), actor: requireActor(c), periodId: c.req.valid("param").id, format };
    return send(c, format, await consolidatedFile(input));
  });
}

/** Unit reports and the cluster's consolidated report as official documents (PDF, Word). */
export const reportDocumentRoutes = router;
