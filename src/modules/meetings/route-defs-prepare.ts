import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import {
  editAgendaItemInput,
  editMeetingInput,
  inviteUnitsInput,
  reorderAgendaInput,
} from "../../contracts/meeting-prep";
import { meetingView } from "../../contracts/meeting-view";
import { dataResponse, errorResponses } from "../../server/router";
import { idParam } from "./route-defs";

// The OpenAPI descriptions of the endpoints that prepare a meeting: the agenda's edits and order, and the
// invitation of the member units. Handlers in routes-prepare.ts.

const tags = ["meetings"];
const BASE = "/api/meetings/{id}";
const itemParam = idParam.extend({ itemId: z.uuid({ error: "Mã mục chương trình không hợp lệ" }) });
const json = <S extends z.ZodType>(schema: S) => ({
  content: { "application/json": { schema } },
  required: true,
});
const responses = { ...dataResponse(meetingView), ...errorResponses(400, 401, 403, 404, 409) };

export const editItemRoute = createRoute({
  method: "put",
  path: `${BASE}/agenda/{itemId}`,
  tags,
  summary: "Sửa mục chương trình (tên, người trình bày, thời lượng, tài liệu); phiên bản cũ → 409",
  request: { params: itemParam, body: json(editAgendaItemInput) },
  responses,
});
export const removeItemRoute = createRoute({
  method: "delete",
  path: `${BASE}/agenda/{itemId}`,
  tags,
  summary: "Xóa mục chương trình chưa có phát biểu, biểu quyết; phiên bản cũ → 409",
  request: {
    params: itemParam,
    query: z.object({
      version: z.coerce.number({ error: "Thiếu phiên bản" }).int("Phiên bản là số nguyên").min(1),
    }),
  },
  responses,
});
export const reorderRoute = createRoute({
  method: "put",
  path: `${BASE}/agenda-order`,
  tags,
  summary: "Sắp xếp lại chương trình (đủ mọi mục, mỗi mục một lần); phiên bản cũ → 409",
  request: { params: idParam, body: json(reorderAgendaInput) },
  responses,
});
export const inviteUnitsRoute = createRoute({
  method: "post",
  path: `${BASE}/delegates/units`,
  tags,
  summary: "Mời các đơn vị thành viên chưa được mời (mỗi đơn vị một đại biểu, theo chức vụ ngày họp)",
  request: { params: idParam, body: json(inviteUnitsInput) },
  responses,
});

export const editMeetingRoute = createRoute({
  method: "put",
  path: BASE,
  tags,
  summary:
    "Sửa thông tin hội nghị (tên, mục đích, thời gian, địa điểm, chủ trì, thư ký và tài khoản của họ) khi chưa kết thúc; phiên bản cũ → 409",
  request: { params: idParam, body: json(editMeetingInput) },
  responses,
});

const account = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  personId: z.uuid().nullable(),
});
export const accountsRoute = createRoute({
  method: "get",
  path: "/api/clusters/{id}/meeting-accounts",
  tags,
  summary:
    "Tài khoản của hội đồng có thể gắn cho chủ trì, thư ký, đại biểu các hội nghị của cụm (người chuẩn bị hội nghị)",
  request: { params: z.object({ id: z.uuid({ error: "Mã cụm không hợp lệ" }) }) },
  responses: { ...dataResponse(z.array(account)), ...errorResponses(400, 401, 403, 404) },
});
