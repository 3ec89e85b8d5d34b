import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import {
  carryToPactInput,
  createTaskInput,
  listTasksQuery,
  reportProgressInput,
  setPausedInput,
  taskListView,
  taskView,
} from "../../contracts/tasks";
import { binaryResponse, dataResponse, errorResponses } from "../../server/router";
import { uploadBody } from "../files/upload";

const tags = ["tasks"];
const idParam = z.object({ id: z.uuid({ error: "Mã nhiệm vụ không hợp lệ" }) });
const jsonBody = <S extends z.ZodType>(schema: S) => ({
  content: { "application/json": { schema } },
  required: true,
});
const view = dataResponse(taskView);

export const listTasksRoute = createRoute({
  method: "get",
  path: "/api/tasks",
  tags,
  summary: "Nhiệm vụ trọng tâm (theo cụm hoặc năm), trạng thái tính theo ngày, tiến độ cụm theo trọng số",
  request: { query: listTasksQuery },
  responses: { ...dataResponse(taskListView), ...errorResponses(400, 401) },
});

export const createTaskRoute = createRoute({
  method: "post",
  path: "/api/tasks",
  tags,
  summary: "Giao nhiệm vụ (trực tiếp hoặc từ kết luận hội nghị)",
  request: { body: jsonBody(createTaskInput) },
  responses: { ...view, ...errorResponses(400, 401, 403, 404) },
});

export const carryRoute = createRoute({
  method: "post",
  path: "/api/tasks/carry-to-pact",
  tags,
  summary: "Đưa nhiệm vụ thành tiêu chí của giao ước năm sau (bản soạn thảo)",
  request: { body: jsonBody(carryToPactInput) },
  responses: {
    ...dataResponse(
      z.object({
        clusterId: z.uuid(),
        pactVersion: z.int(),
        carried: z.array(z.object({ taskId: z.uuid(), code: z.string() })),
      }),
    ),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

export const getTaskRoute = createRoute({
  method: "get",
  path: "/api/tasks/{id}",
  tags,
  summary: "Một nhiệm vụ: đơn vị được giao, báo cáo tiến độ, văn bản thực hiện",
  request: { params: idParam },
  responses: { ...view, ...errorResponses(400, 401, 404) },
});

export const pauseRoute = createRoute({
  method: "put",
  path: "/api/tasks/{id}/paused",
  tags,
  summary: "Tạm dừng hoặc tiếp tục nhiệm vụ (xung đột phiên bản → 409)",
  request: { params: idParam, body: jsonBody(setPausedInput) },
  responses: { ...view, ...errorResponses(400, 401, 403, 404, 409) },
});

export const reportRoute = createRoute({
  method: "post",
  path: "/api/tasks/{id}/reports",
  tags,
  summary: "Đơn vị báo cáo tiến độ (tỷ lệ 0–100, kết quả theo chỉ số)",
  request: { params: idParam, body: jsonBody(reportProgressInput) },
  responses: { ...view, ...errorResponses(400, 401, 403, 404, 409) },
});

export const evidenceRoute = createRoute({
  method: "post",
  path: "/api/tasks/{id}/reports/{reportId}/evidence",
  tags,
  summary: "Đính kèm minh chứng cho báo cáo tiến độ",
  request: {
    params: idParam.extend({ reportId: z.uuid({ error: "Mã báo cáo không hợp lệ" }) }),
    body: uploadBody(),
  },
  responses: {
    ...view,
    ...errorResponses(400, 401, 403, 404),
    413: { description: "Tệp quá lớn" },
    415: { description: "Loại tệp không được nhận (kiểm tra theo nội dung)" },
  },
});

export const downloadEvidenceRoute = createRoute({
  method: "get",
  path: "/api/tasks/{id}/evidence/{fileId}",
  tags,
  summary: "Tải minh chứng",
  request: { params: idParam.extend({ fileId: z.uuid({ error: "Mã tệp không hợp lệ" }) }) },
  responses: { ...binaryResponse(), ...errorResponses(400, 401, 404) },
});
