import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import {
  assessmentDetail,
  assessmentStatus,
  assessmentSummary,
  correctionBody,
  crossScoringAssignment,
  crossScoringBody,
  evidenceFile,
  explainBody,
  finalizeBody,
  savedInput,
  saveReviewInputBody,
  saveSelfInputBody,
  transitionBody,
} from "../../contracts/assessments";
import { safeString } from "../../contracts/text";
import { binaryResponse, dataResponse, errorBody, errorResponses } from "../../server/router";
import { uploadBody } from "../files/upload";

// The OpenAPI descriptions of the assessment workflow's endpoints; the handlers are in routes.ts.

const clusterParam = z.object({ id: z.uuid({ error: "Mã cụm không hợp lệ" }) });
const unitParam = clusterParam.extend({ unitId: z.uuid({ error: "Mã đơn vị không hợp lệ" }) });
const fileParam = unitParam.extend({ fileId: z.uuid({ error: "Mã tệp không hợp lệ" }) });
const pairParam = clusterParam.extend({
  reviewerUnitId: z.uuid({ error: "Mã đơn vị chấm không hợp lệ" }),
  reviewedUnitId: z.uuid({ error: "Mã đơn vị được chấm không hợp lệ" }),
});
const jsonBody = <S extends z.ZodType>(schema: S, required = true) => ({
  content: { "application/json": { schema } },
  required,
});
const LIST = "/api/clusters/{id}/assessments";
const ONE = `${LIST}/{unitId}`;
const tags = ["assessments"];
const writeErrors = errorResponses(400, 401, 403, 404, 409);
const moved = dataResponse(z.object({ status: assessmentStatus, version: z.number().int() }));

export const listRoute = createRoute({
  method: "get",
  path: LIST,
  tags,
  summary: "Tình trạng chấm điểm của các đơn vị trong cụm",
  request: { params: clusterParam },
  responses: { ...dataResponse(z.array(assessmentSummary)), ...errorResponses(400, 401, 404) },
});

export const getRoute = createRoute({
  method: "get",
  path: ONE,
  tags,
  summary: "Bản chấm điểm của một đơn vị: tự chấm, thẩm định, chốt, minh chứng, diễn biến",
  request: { params: unitParam },
  responses: {
    ...dataResponse(assessmentDetail),
    304: { description: "Không đổi từ lần tải trước (If-None-Match trùng ETag)" },
    ...errorResponses(400, 401, 404),
  },
});

export const selfInputRoute = createRoute({
  method: "put",
  path: `${ONE}/self-inputs`,
  tags,
  summary: "Lưu điểm tự chấm một tiêu chí (version cũ → 409 kèm giá trị người khác đã lưu)",
  request: { params: unitParam, body: jsonBody(saveSelfInputBody) },
  responses: { ...dataResponse(savedInput), ...writeErrors },
});

export const reviewInputRoute = createRoute({
  method: "put",
  path: `${ONE}/review-inputs`,
  tags,
  summary: "Lưu điểm thẩm định một tiêu chí (khác điểm tự chấm thì phải có nhận xét)",
  request: { params: unitParam, body: jsonBody(saveReviewInputBody) },
  responses: { ...dataResponse(savedInput), ...writeErrors },
});

export const explainRoute = createRoute({
  method: "put",
  path: `${ONE}/explanations`,
  tags,
  summary: "Đơn vị giải trình về điểm thẩm định của một tiêu chí",
  request: { params: unitParam, body: jsonBody(explainBody) },
  responses: {
    ...dataResponse(
      z.object({ criterionCode: z.string(), version: z.number().int(), explanation: z.string().nullable() }),
    ),
    ...writeErrors,
  },
});

const move = (path: string, summary: string, body: z.ZodType = transitionBody) =>
  createRoute({
    method: "post",
    path: `${ONE}/${path}`,
    tags,
    summary,
    request: { params: unitParam, body: jsonBody(body, false) },
    responses: { ...moved, ...writeErrors },
  });

export const submitRoute = move("submit", "Nộp bản tự chấm (đủ mọi tiêu chí, trừ điểm thưởng và điểm trừ)");
export const completeReviewRoute = move("complete-review", "Hoàn thành thẩm định");
export const requestExplanationRoute = move("request-explanation", "Yêu cầu đơn vị giải trình");
export const finalizeRoute = move(
  "finalize",
  "Chốt điểm: điểm thẩm định nếu có, nếu không là điểm tự chấm, trừ khi điều chỉnh có lý do",
  finalizeBody,
);

export const correctionRoute = createRoute({
  method: "post",
  path: `${ONE}/corrections`,
  tags,
  summary: "Đính chính một tiêu chí của kết quả đã công bố, có lý do",
  request: { params: unitParam, body: jsonBody(correctionBody) },
  responses: {
    ...dataResponse(
      z.object({
        id: z.uuid(),
        criterionCode: z.string(),
        before: z.record(z.string(), z.unknown()).nullable(),
        after: z.record(z.string(), z.unknown()),
        version: z.number().int(),
      }),
    ),
    ...writeErrors,
  },
});

/** The text fields sent beside an evidence file (the file itself is streamed by the route). */
export const evidenceFields = z.object({
  criterionCode: safeString({ error: "Bắt buộc: mã tiêu chí" }).min(1, "Bắt buộc: mã tiêu chí"),
});

const errorJson = (description: string) => ({
  description,
  content: { "application/json": { schema: errorBody } },
});

export const attachEvidenceRoute = createRoute({
  method: "post",
  path: `${ONE}/evidence`,
  tags,
  summary: "Đính kèm minh chứng cho một tiêu chí (PDF, ảnh, Word, Excel; kiểm tra theo nội dung)",
  request: { params: unitParam, body: uploadBody(evidenceFields) },
  responses: {
    ...dataResponse(evidenceFile.omit({ canDelete: true, uploadedBy: true, uploadedAt: true })),
    ...writeErrors,
    413: errorJson("Tệp quá lớn"),
    415: errorJson("Không phải PDF, ảnh, Word hay Excel (kiểm tra theo nội dung), hoặc sai kiểu gửi"),
  },
});

export const downloadEvidenceRoute = createRoute({
  method: "get",
  path: `${ONE}/evidence/{fileId}`,
  tags,
  summary: "Tải tệp minh chứng",
  request: { params: fileParam },
  responses: {
    ...binaryResponse(),
    ...errorResponses(400, 401, 404),
  },
});

export const deleteEvidenceRoute = createRoute({
  method: "delete",
  path: `${ONE}/evidence/{fileId}`,
  tags,
  summary: "Xóa minh chứng mình đã đính kèm (khi còn tự chấm hoặc giải trình)",
  request: { params: fileParam },
  responses: { ...dataResponse(z.object({ id: z.uuid() })), ...writeErrors },
});

const CROSS = "/api/clusters/{id}/cross-scoring";

export const listCrossRoute = createRoute({
  method: "get",
  path: CROSS,
  tags,
  summary: "Phân công chấm chéo trong cụm",
  request: { params: clusterParam },
  responses: { ...dataResponse(z.array(crossScoringAssignment)), ...errorResponses(400, 401, 404) },
});

export const assignCrossRoute = createRoute({
  method: "post",
  path: CROSS,
  tags,
  summary: "Phân công đơn vị này chấm chéo đơn vị kia (cơ quan chủ trì)",
  request: { params: clusterParam, body: jsonBody(crossScoringBody) },
  responses: { ...dataResponse(crossScoringAssignment), ...writeErrors },
});

export const unassignCrossRoute = createRoute({
  method: "delete",
  path: `${CROSS}/{reviewerUnitId}/{reviewedUnitId}`,
  tags,
  summary: "Bỏ một phân công chấm chéo",
  request: { params: pairParam },
  responses: { ...dataResponse(crossScoringAssignment), ...writeErrors },
});
