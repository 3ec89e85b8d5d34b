import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import {
  amendPactInput,
  createPactInput,
  openSigningInput,
  pactResponse,
  pactTemplateSummary,
  setUnitTargetsInput,
  signPactInput,
  updatePactInput,
} from "../../contracts/pacts";
import { amendmentImpact, amendmentPreviewInput } from "../../contracts/publication";
import { binaryResponse, dataResponse, errorResponses } from "../../server/router";
import { uploadBody } from "../files/upload";

// The OpenAPI descriptions of the pact's endpoints; the handlers are in routes.ts.

const idParam = z.object({ id: z.uuid({ error: "Mã cụm không hợp lệ" }) });
const fileParam = idParam.extend({ fileId: z.uuid({ error: "Mã tệp không hợp lệ" }) });
const jsonBody = <S extends z.ZodType>(schema: S) => ({
  content: { "application/json": { schema } },
  required: true,
});
const view = dataResponse(pactResponse);
const PATH = "/api/clusters/{id}/pact";
const tags = ["pacts"];

export const getPactRoute = createRoute({
  method: "get",
  path: PATH,
  tags,
  summary: "Giao ước thi đua của cụm (pact: null khi chưa có)",
  request: { params: idParam },
  responses: { ...view, ...errorResponses(400, 401, 404) },
});

export const createPactRoute = createRoute({
  method: "post",
  path: PATH,
  tags,
  summary: "Lập giao ước từ mẫu, từ năm trước hoặc từ tệp",
  request: { params: idParam, body: jsonBody(createPactInput) },
  responses: { ...view, ...errorResponses(400, 401, 403, 404, 409) },
});

export const updatePactRoute = createRoute({
  method: "put",
  path: PATH,
  tags,
  summary: "Lưu cả bảng tiêu chí và quy chế (khi soạn thảo; xung đột phiên bản → 409)",
  request: { params: idParam, body: jsonBody(updatePactInput) },
  responses: { ...view, ...errorResponses(400, 401, 403, 404, 409) },
});

export const setTargetsRoute = createRoute({
  method: "put",
  path: `${PATH}/targets`,
  tags,
  summary: "Đặt chỉ tiêu riêng của đơn vị cho một tiêu chí",
  request: { params: idParam, body: jsonBody(setUnitTargetsInput) },
  responses: { ...view, ...errorResponses(400, 401, 403, 404, 409) },
});

export const openSigningRoute = createRoute({
  method: "post",
  path: `${PATH}/open-signing`,
  tags,
  summary: "Mở để các thành viên ký",
  request: { params: idParam, body: jsonBody(openSigningInput) },
  responses: { ...view, ...errorResponses(400, 401, 403, 404, 409) },
});

export const signRoute = createRoute({
  method: "post",
  path: `${PATH}/sign`,
  tags,
  summary: "Đại diện đơn vị ký giao ước (ký đủ thì khóa)",
  request: { params: idParam, body: jsonBody(signPactInput) },
  responses: { ...view, ...errorResponses(400, 401, 403, 404, 409) },
});

export const amendRoute = createRoute({
  method: "post",
  path: `${PATH}/amend`,
  tags,
  summary: "Sửa đổi giao ước đã khóa, có lý do",
  request: { params: idParam, body: jsonBody(amendPactInput) },
  responses: { ...view, ...errorResponses(400, 401, 403, 404, 409) },
});

export const amendmentImpactRoute = createRoute({
  method: "post",
  path: `${PATH}/amendment-impact`,
  tags,
  summary:
    "Xem trước tác động của một sửa đổi: bản chấm điểm nào (đang tự chấm, thẩm định, đã chốt, đã công bố) đổi điểm, hạng; có bị từ chối không",
  request: { params: idParam, body: jsonBody(amendmentPreviewInput) },
  responses: { ...dataResponse(amendmentImpact), ...errorResponses(400, 401, 403, 404) },
});

export const attachScanRoute = createRoute({
  method: "post",
  path: `${PATH}/scan`,
  tags,
  summary: "Đính kèm bản scan giao ước đã ký (PDF hoặc ảnh)",
  request: { params: idParam, body: uploadBody() },
  responses: {
    ...view,
    ...errorResponses(400, 401, 403, 404, 409),
    413: { description: "Tệp quá lớn" },
    415: { description: "Không phải PDF hoặc ảnh (kiểm tra theo nội dung)" },
  },
});

export const downloadScanRoute = createRoute({
  method: "get",
  path: `${PATH}/scan/{fileId}`,
  tags,
  summary: "Tải bản scan giao ước",
  request: { params: fileParam },
  responses: {
    ...binaryResponse(),
    ...errorResponses(400, 401, 404),
  },
});

export const templatesRoute = createRoute({
  method: "get",
  path: "/api/pact-templates",
  tags,
  summary: "Các mẫu bảng tiêu chí",
  responses: { ...dataResponse(z.array(pactTemplateSummary)), ...errorResponses(401) },
});
