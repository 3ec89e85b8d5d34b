import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { requireActor } from "../../server/context";
import { fileHeaders } from "../../server/file-response";
import { binaryResponse, errorResponses, newRouter } from "../../server/router";
import { XLSX_MIME } from "../exchange/xlsx";
import { currentTime } from "./clock";
import { taskFollowUpWorkbook } from "./follow-up-xlsx";

const followUpRoute = createRoute({
  method: "get",
  path: "/api/clusters/{id}/tasks.xlsx",
  tags: ["tasks"],
  summary:
    "Bảng theo dõi nhiệm vụ trọng tâm của cụm (Excel): đơn vị thực hiện, chủ trì, chỉ tiêu, kết quả, tỷ lệ, trạng thái, quá hạn",
  request: { params: z.object({ id: z.uuid({ error: "Mã cụm không hợp lệ" }) }) },
  responses: { ...binaryResponse(XLSX_MIME, "Tệp Excel"), ...errorResponses(400, 401, 404) },
});

/** The task follow-up spreadsheet, to whoever may see the cluster's tasks. */
export const taskFollowUpRoutes = newRouter().openapi(followUpRoute, async (c) => {
  const { bytes, filename } = await taskFollowUpWorkbook({
    db: c.get("db"),
    actor: requireActor(c),
    clusterId: c.req.valid("param").id,
    now: currentTime(),
  });
  return c.body(
    Buffer.from(bytes),
    200,
    fileHeaders({ name: filename, mime: XLSX_MIME, size: bytes.byteLength }),
  );
});
