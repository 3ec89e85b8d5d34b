import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import {
  acceptReportInput,
  openPeriodInput,
  reopenReportInput,
  reportDetail,
  reportFile,
  reportListQuery,
  reportPeriod,
  reportSummary,
  returnReportInput,
  saveReportInput,
  submitReportInput,
} from "../../contracts/reports";
import { binaryResponse, dataResponse, errorResponses } from "../../server/router";
import { uploadBody } from "../files/upload";

const tags = ["reports"];
const idParam = z.object({ id: z.uuid({ error: "Mã báo cáo không hợp lệ" }) });
const jsonBody = <S extends z.ZodType>(schema: S) => ({
  content: { "application/json": { schema } },
  required: true,
});
const writes = errorResponses(400, 401, 403, 404, 409);

export const listReportsRoute = createRoute({
  method: "get",
  path: "/api/reports",
  tags,
  summary: "Báo cáo của các đơn vị (theo cụm, năm hoặc kỳ) mà người dùng được xem",
  request: { query: reportListQuery },
  responses: { ...dataResponse(z.array(reportSummary)), ...errorResponses(400, 401) },
});

export const openPeriodRoute = createRoute({
  method: "post",
  path: "/api/report-periods",
  tags,
  summary: "Mở kỳ báo cáo (6 tháng, năm) của cụm: hạn nộp, các lĩnh vực; tạo bản nháp cho mỗi đơn vị",
  request: { body: jsonBody(openPeriodInput) },
  responses: { ...dataResponse(reportPeriod), ...writes },
});

export const getReportRoute = createRoute({
  method: "get",
  path: "/api/reports/{id}",
  tags,
  summary: "Một báo cáo: nội dung, dòng thời gian, tệp đính kèm, việc được làm",
  request: { params: idParam },
  responses: { ...dataResponse(reportDetail), ...errorResponses(400, 401, 404) },
});

export const saveReportRoute = createRoute({
  method: "put",
  path: "/api/reports/{id}",
  tags,
  summary: "Lưu nội dung báo cáo (HTML được làm sạch ở máy chủ; sai phiên bản → 409)",
  request: { params: idParam, body: jsonBody(saveReportInput) },
  responses: { ...dataResponse(reportDetail), ...writes },
});

const move = (path: string, summary: string, schema: z.ZodType) =>
  createRoute({
    method: "post",
    path: `/api/reports/{id}/${path}`,
    tags,
    summary,
    request: { params: idParam, body: jsonBody(schema) },
    responses: { ...dataResponse(reportDetail), ...writes },
  });

export const submitRoute = move(
  "submit",
  "Đơn vị nộp báo cáo (trong hạn, hoặc khi cụm trưởng mở lại)",
  submitReportInput,
);
export const returnRoute = move("return", "Cụm trưởng trả lại báo cáo để sửa, có lý do", returnReportInput);
export const acceptRoute = move("accept", "Cụm trưởng tiếp nhận báo cáo", acceptReportInput);
export const reopenRoute = move(
  "reopen",
  "Cụm trưởng mở lại báo cáo quá hạn để nộp đến một ngày",
  reopenReportInput,
);

export const UPLOAD_MISSING = "Cần chọn tệp (PDF, ảnh, Word hoặc Excel)";
export const uploadErrors = {
  ...writes,
  413: { description: "Tệp quá lớn" },
  415: { description: "Không phải PDF, ảnh, Word hay Excel (kiểm tra theo nội dung)" },
};

export const attachRoute = createRoute({
  method: "post",
  path: "/api/reports/{id}/files",
  tags,
  summary: "Đính kèm tệp vào báo cáo (kiểm tra theo nội dung)",
  request: { params: idParam, body: uploadBody() },
  responses: {
    ...dataResponse(reportFile.pick({ id: true, name: true, size: true, mime: true })),
    ...uploadErrors,
  },
});

const fileParam = idParam.extend({ fileId: z.uuid({ error: "Mã tệp không hợp lệ" }) });

export const detachRoute = createRoute({
  method: "delete",
  path: "/api/reports/{id}/files/{fileId}",
  tags,
  summary: "Đơn vị gỡ tệp đính kèm khỏi báo cáo (khi báo cáo chưa được tiếp nhận)",
  request: { params: fileParam },
  responses: { ...dataResponse(z.object({ id: z.uuid() })), ...writes },
});

export const downloadRoute = createRoute({
  method: "get",
  path: "/api/reports/{id}/files/{fileId}",
  tags,
  summary: "Tải tệp đính kèm của báo cáo",
  request: { params: fileParam },
  responses: { ...binaryResponse(), ...errorResponses(400, 401, 404) },
});
