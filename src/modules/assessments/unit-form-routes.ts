// The unit form's endpoints added beside routes.ts: one save for the whole form, and "Gửi giải trình".
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { assessmentStatus } from "../../contracts/assessments";
import { savedBatch, saveInputsBatchBody } from "../../contracts/batch-inputs";
import { sendExplanationBody } from "../../contracts/explanations";
import { requireActor } from "../../server/context";
import { dataResponse, errorResponses, newRouter } from "../../server/router";
import { saveInputsBatch } from "./save-inputs-batch";
import { sendExplanation } from "./send-explanation";

const unitParam = z.object({
  id: z.uuid({ error: "Mã cụm không hợp lệ" }),
  unitId: z.uuid({ error: "Mã đơn vị không hợp lệ" }),
});

const sendRoute = createRoute({
  method: "post",
  path: "/api/clusters/{id}/assessments/{unitId}/explanations/send",
  tags: ["assessments"],
  summary: "Gửi giải trình: báo cho người thẩm định rằng đơn vị đã giải trình xong",
  request: {
    params: unitParam,
    body: { content: { "application/json": { schema: sendExplanationBody } }, required: false },
  },
  responses: {
    ...dataResponse(z.object({ status: assessmentStatus, sent: z.literal(true) })),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const batchRoute = createRoute({
  method: "put",
  path: "/api/clusters/{id}/assessments/{unitId}/inputs",
  tags: ["assessments"],
  summary:
    "Lưu cả bảng điểm một lần (tự chấm hoặc thẩm định): tất cả hoặc không; tiêu chí đã bị người khác sửa → 409",
  request: {
    params: unitParam,
    body: { content: { "application/json": { schema: saveInputsBatchBody } }, required: true },
  },
  responses: { ...dataResponse(savedBatch), ...errorResponses(400, 401, 403, 404, 409) },
});

export const unitFormRoutes = newRouter()
  .openapi(batchRoute, async (c) => {
    const { id, unitId } = c.req.valid("param");
    const data = await saveInputsBatch({
      db: c.get("db"),
      actor: requireActor(c),
      clusterId: id,
      unitId,
      input: c.req.valid("json"),
    });
    return c.json({ data }, 200);
  })
  .openapi(sendRoute, async (c) => {
    const { id, unitId } = c.req.valid("param");
    const data = await sendExplanation({
      db: c.get("db"),
      actor: requireActor(c),
      clusterId: id,
      unitId,
      input: c.req.valid("json"),
    });
    return c.json({ data: { status: data.status, sent: true as const } }, 200);
  });
