import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { meetingSummary, meetingView, receiptResponse } from "../../contracts/meeting-view";
import {
  addAgendaItemInput,
  addDelegateInput,
  attendanceInput,
  castBallotInput,
  conclusionsInput,
  createMeetingInput,
  createVoteInput,
  currentItemInput,
  decisionInput,
  gistInput,
  minutesAmendInput,
  minutesEditInput,
  overrideInput,
  paperBallotsInput,
  replyInput,
  reportEditInput,
  requestSpeechInput,
  speechActionInput,
} from "../../contracts/meetings";
import { minutesContent, newsReport } from "../../contracts/minutes";
import { safeString } from "../../contracts/text";
import { binaryResponse, dataResponse, errorResponses } from "../../server/router";
import { MIME } from "../documents/route-defs";
import { uploadBody } from "../files/upload";

// The OpenAPI descriptions of the meeting endpoints; handlers in routes.ts and routes-record.ts.

const uuid = (what: string) => z.uuid({ error: `Mã ${what} không hợp lệ` });
export const idParam = z.object({ id: uuid("hội nghị") });
const delegateParam = idParam.extend({ delegateId: uuid("đại biểu") });
const speechParam = idParam.extend({ speechId: uuid("lượt phát biểu") });
const voteParam = idParam.extend({ voteId: uuid("biểu quyết") });
const fileParam = idParam.extend({ fileId: uuid("tệp") });
const json = <S extends z.ZodType>(schema: S) => ({
  content: { "application/json": { schema } },
  required: true,
});
const tags = ["meetings"];
const BASE = "/api/meetings/{id}";
const view = dataResponse(meetingView);
const writes = errorResponses(400, 401, 403, 404, 409);

/** A write on a meeting that answers with the fresh view. */
const write = <B extends z.ZodType, P extends z.ZodObject>(
  method: "post" | "put",
  path: string,
  summary: string,
  body: B,
  params: P,
) =>
  createRoute({
    method,
    path: `${BASE}${path}`,
    tags,
    summary,
    request: { params, body: json(body) },
    responses: { ...view, ...writes },
  });
const action = (path: string, summary: string) =>
  createRoute({
    method: "post",
    path: `${BASE}${path}`,
    tags,
    summary,
    request: { params: voteParam },
    responses: { ...view, ...writes },
  });

export const listRoute = createRoute({
  method: "get",
  path: "/api/meetings",
  tags,
  summary: "Các hội nghị của những cụm người dùng được xem",
  request: { query: z.object({ clusterId: uuid("cụm").optional() }) },
  responses: { ...dataResponse(z.array(meetingSummary)), ...errorResponses(400, 401) },
});
export const createRouteDef = createRoute({
  method: "post",
  path: "/api/meetings",
  tags,
  summary: "Triệu tập hội nghị của cụm",
  request: { body: json(createMeetingInput) },
  responses: { ...view, ...writes },
});
export const getRoute = createRoute({
  method: "get",
  path: BASE,
  tags,
  summary:
    "Hội nghị: chương trình, thành phần, phát biểu, biểu quyết (kết quả chỉ khi đã đóng), quyết định, kết luận",
  request: { params: idParam },
  responses: { ...view, ...errorResponses(400, 401, 404) },
});
export const addDelegateRoute = write(
  "post",
  "/delegates",
  "Mời đại biểu (chức vụ theo ngày họp), có thể là chủ trì hoặc thư ký",
  addDelegateInput,
  idParam,
);
export const replyRoute = write(
  "post",
  "/delegates/{delegateId}/reply",
  "Trả lời giấy mời",
  replyInput,
  delegateParam,
);
export const attendanceRoute = write(
  "put",
  "/delegates/{delegateId}/attendance",
  "Điểm danh: có mặt, vắng (lý do), người dự thay",
  attendanceInput,
  delegateParam,
);
export const agendaRoute = write("post", "/agenda", "Thêm mục chương trình", addAgendaItemInput, idParam);
export const currentItemRoute = write(
  "put",
  "/current-item",
  "Chuyển sang mục chương trình (màn chiếu theo)",
  currentItemInput,
  idParam,
);
export const requestSpeechRoute = write(
  "post",
  "/speeches",
  "Đăng ký phát biểu",
  requestSpeechInput,
  idParam,
);
export const speechActionRoute = write(
  "post",
  "/speeches/{speechId}/action",
  "Bắt đầu, dừng hoặc rút lượt phát biểu",
  speechActionInput,
  speechParam,
);
export const gistRoute = write(
  "put",
  "/speeches/{speechId}/gist",
  "Ghi tóm tắt ý kiến phát biểu",
  gistInput,
  speechParam,
);
export const createVoteRoute = write(
  "post",
  "/votes",
  "Chuẩn bị biểu quyết hoặc bầu (kín/công khai, ngưỡng, túc số)",
  createVoteInput,
  idParam,
);
export const openVoteRoute = action(
  "/votes/{voteId}/open",
  "Mở biểu quyết (cử tri: đại biểu có mặt có quyền biểu quyết)",
);
export const endRoute = createRoute({
  method: "post",
  path: `${BASE}/end`,
  tags,
  summary: "Kết thúc hội nghị",
  request: { params: idParam },
  responses: { ...view, ...writes },
});
export const closeVoteRoute = action("/votes/{voteId}/close", "Đóng và kiểm phiếu");
export const castRoute = createRoute({
  method: "post",
  path: `${BASE}/votes/{voteId}/ballots`,
  tags,
  summary: "Đại biểu bỏ phiếu; nhận mã biên nhận để tìm phiếu của mình trong danh sách công bố",
  request: { params: voteParam, body: json(castBallotInput) },
  responses: { ...dataResponse(receiptResponse), ...writes },
});
export const paperRoute = write(
  "post",
  "/votes/{voteId}/paper-ballots",
  "Thư ký nhập phiếu giấy",
  paperBallotsInput,
  voteParam,
);
export const overrideRoute = write(
  "post",
  "/votes/{voteId}/override",
  "Điều chỉnh kết quả đã đóng, có lý do",
  overrideInput,
  voteParam,
);
export const decisionRoute = write(
  "post",
  "/decisions",
  "Ghi quyết định của hội nghị (đề nghị đơn vị dẫn đầu, giao cụm trưởng)",
  decisionInput,
  idParam,
);
export const conclusionsRoute = write(
  "put",
  "/conclusions",
  "Kết luận và các nhiệm vụ trọng tâm",
  conclusionsInput,
  idParam,
);

const minutesData = z.object({
  status: z.enum(["none", "draft", "approved"]),
  version: z.number().int(),
  approvedByChair: z.boolean(),
  approvedBySecretary: z.boolean(),
  amendments: z.array(z.object({ at: z.string(), by: z.string(), reason: z.string() })),
  content: minutesContent.nullable(),
  title: z.string(),
});
const minutesResponses = { ...dataResponse(minutesData), ...writes };
export const getMinutesRoute = createRoute({
  method: "get",
  path: `${BASE}/minutes`,
  tags,
  summary: "Biên bản (dữ liệu có cấu trúc)",
  request: { params: idParam },
  responses: { ...dataResponse(minutesData), ...errorResponses(400, 401, 404) },
});
export const draftMinutesRoute = createRoute({
  method: "post",
  path: `${BASE}/minutes/draft`,
  tags,
  summary: "Dự thảo biên bản từ diễn biến hội nghị",
  request: { params: idParam },
  responses: minutesResponses,
});
export const editMinutesRoute = createRoute({
  method: "put",
  path: `${BASE}/minutes`,
  tags,
  summary: "Sửa dự thảo biên bản (phiên bản cũ → 409)",
  request: { params: idParam, body: json(minutesEditInput) },
  responses: minutesResponses,
});
export const approveMinutesRoute = createRoute({
  method: "post",
  path: `${BASE}/minutes/approve`,
  tags,
  summary: "Chủ trì hoặc thư ký duyệt; đủ hai người thì khóa",
  request: {
    params: idParam,
    body: json(z.object({ version: z.number().int(), as: z.enum(["chair", "secretary"]) })),
  },
  responses: minutesResponses,
});
export const amendMinutesRoute = createRoute({
  method: "post",
  path: `${BASE}/minutes/amend`,
  tags,
  summary: "Sửa đổi biên bản đã duyệt, có lý do",
  request: { params: idParam, body: json(minutesAmendInput) },
  responses: minutesResponses,
});
const textFile = (path: string, mime: string, summary: string) =>
  createRoute({
    method: "get",
    path: `${BASE}/${path}`,
    tags,
    summary,
    request: { params: idParam },
    responses: { ...binaryResponse(mime, summary), ...errorResponses(400, 401, 403, 404, 409) },
  });
export const minutesHtmlRoute = textFile("minutes.html", "text/html", "Biên bản (HTML xem trước)");
export const minutesMdRoute = textFile("minutes.md", "text/markdown", "Biên bản (Markdown)");
/** GET /api/meetings/{id}/minutes.{docx,pdf}: the minutes in the Party layout (Guidance 36-HD/VPTW). */
export const minutesFileRoute = (format: "docx" | "pdf") =>
  createRoute({
    method: "get",
    path: `${BASE}/minutes.${format}`,
    tags,
    summary: `Biên bản hội nghị (${format.toUpperCase()}, thể thức văn bản của Đảng; dự thảo chỉ chủ trì, thư ký và ban tổ chức tải được)`,
    request: { params: idParam },
    responses: {
      ...binaryResponse(MIME[format], "Tệp biên bản"),
      ...errorResponses(400, 401, 403, 404, 409),
      422: { description: "Biên bản chưa đủ thành phần bắt buộc của thể thức" },
    },
  });

const reportData = z.object({ version: z.number().int(), report: newsReport.nullable() });
const reportResponses = { ...dataResponse(reportData), ...writes };
export const getReportRoute = createRoute({
  method: "get",
  path: `${BASE}/report`,
  tags,
  summary: "Tin bài về hội nghị",
  request: { params: idParam },
  responses: { ...dataResponse(reportData), ...errorResponses(400, 401, 404) },
});
export const draftReportRoute = createRoute({
  method: "post",
  path: `${BASE}/report/draft`,
  tags,
  summary: "Dự thảo tin bài từ diễn biến hội nghị",
  request: { params: idParam },
  responses: reportResponses,
});
export const editReportRoute = createRoute({
  method: "put",
  path: `${BASE}/report`,
  tags,
  summary: "Sửa tin bài",
  request: { params: idParam, body: json(reportEditInput) },
  responses: reportResponses,
});
/** The caption sent beside a photo (the photo itself is streamed by the route). */
export const photoFields = z.object({ caption: safeString({ error: "Cần chú thích ảnh" }) });
export const addPhotoRoute = createRoute({
  method: "post",
  path: `${BASE}/report/photos`,
  tags,
  summary: "Thêm ảnh và chú thích cho tin bài",
  request: {
    params: idParam,
    body: uploadBody(photoFields),
  },
  responses: {
    ...reportResponses,
    413: { description: "Tệp quá lớn" },
    415: { description: "Không phải ảnh" },
  },
});
export const photoRoute = createRoute({
  method: "get",
  path: `${BASE}/report/photos/{fileId}`,
  tags,
  summary: "Ảnh của tin bài",
  request: { params: fileParam },
  responses: { ...binaryResponse("image/*"), ...errorResponses(400, 401, 404) },
});
export const reportHtmlRoute = textFile("report.html", "text/html", "Tin bài (HTML)");
export const reportMdRoute = textFile("report.md", "text/markdown", "Tin bài (Markdown)");

export const eventsRoute = createRoute({
  method: "get",
  path: `${BASE}/events`,
  tags,
  summary: "Sự kiện trực tiếp (SSE); kết nối lại với Last-Event-ID để nhận bù",
  request: { params: idParam, query: z.object({ lastEventId: z.coerce.number().int().min(0).optional() }) },
  responses: {
    200: { description: "text/event-stream", content: { "text/event-stream": { schema: z.string() } } },
    ...errorResponses(400, 401, 404),
  },
});
