import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import {
  practiceDetail,
  practiceInput,
  practiceListQuery,
  practiceSummary,
  replicationInput,
  updatePracticeInput,
} from "../../contracts/practices";
import { requireActor } from "../../server/context";
import { fileHeaders } from "../../server/file-response";
import { binaryResponse, dataResponse, errorResponses, newRouter } from "../../server/router";
import { readUpload, uploadBody } from "../files/upload";
import { UPLOAD_MISSING, uploadErrors } from "../reports/route-defs";
import { getPractice, listPractices } from "./get-practice";
import { attachPracticeFile, mayAttachPracticeFile, readPracticeFile } from "./practice-files";
import { recordReplication } from "./record-replication";
import { createPractice, updatePractice } from "./save-practice";

const tags = ["practices"];
const idParam = z.object({ id: z.uuid({ error: "Mã mô hình không hợp lệ" }) });
const jsonBody = <S extends z.ZodType>(schema: S) => ({
  content: { "application/json": { schema } },
  required: true,
});
const view = dataResponse(practiceDetail);
const writes = errorResponses(400, 401, 403, 404, 409);

const listRoute = createRoute({
  method: "get",
  path: "/api/practices",
  tags,
  summary: "Thư viện mô hình, cách làm hay, với nơi đã nhân rộng",
  request: { query: practiceListQuery },
  responses: { ...dataResponse(z.array(practiceSummary)), ...errorResponses(400, 401) },
});
const createRouteDef = createRoute({
  method: "post",
  path: "/api/practices",
  tags,
  summary: "Đơn vị ghi một mô hình, cách làm hay (có thể gắn với báo cáo)",
  request: { body: jsonBody(practiceInput) },
  responses: { ...view, ...writes },
});
const getRoute = createRoute({
  method: "get",
  path: "/api/practices/{id}",
  tags,
  summary: "Một mô hình: vấn đề, cách làm, kết quả, minh chứng, liên hệ, các đơn vị đã nhân rộng",
  request: { params: idParam },
  responses: { ...view, ...errorResponses(400, 401, 404) },
});
const updateRoute = createRoute({
  method: "put",
  path: "/api/practices/{id}",
  tags,
  summary: "Sửa mô hình (sai phiên bản → 409)",
  request: { params: idParam, body: jsonBody(updatePracticeInput) },
  responses: { ...view, ...writes },
});
const replicateRoute = createRoute({
  method: "post",
  path: "/api/practices/{id}/replications",
  tags,
  summary: "Đơn vị khác ghi nhận đã áp dụng (nhân rộng) mô hình: ngày, kết quả",
  request: { params: idParam, body: jsonBody(replicationInput) },
  responses: { ...view, ...writes },
});
const attachRoute = createRoute({
  method: "post",
  path: "/api/practices/{id}/files",
  tags,
  summary: "Đính kèm minh chứng của mô hình (kiểm tra theo nội dung)",
  request: { params: idParam, body: uploadBody() },
  responses: { ...view, ...uploadErrors },
});
const downloadRoute = createRoute({
  method: "get",
  path: "/api/practices/{id}/files/{fileId}",
  tags,
  summary: "Tải minh chứng của mô hình",
  request: { params: idParam.extend({ fileId: z.uuid({ error: "Mã tệp không hợp lệ" }) }) },
  responses: { ...binaryResponse(), ...errorResponses(400, 401, 404) },
});

export const practiceRoutes = newRouter()
  .openapi(listRoute, async (c) => {
    const actor = requireActor(c);
    return c.json(
      { data: await listPractices({ db: c.get("db"), actor, query: c.req.valid("query") }) },
      200,
    );
  })
  .openapi(createRouteDef, async (c) => {
    const actor = requireActor(c);
    const db = c.get("db");
    const row = await createPractice({ db, actor, input: c.req.valid("json") });
    return c.json({ data: await getPractice({ db, actor, practiceId: row.id }) }, 200);
  })
  .openapi(getRoute, async (c) => {
    const actor = requireActor(c);
    return c.json(
      { data: await getPractice({ db: c.get("db"), actor, practiceId: c.req.valid("param").id }) },
      200,
    );
  })
  .openapi(updateRoute, async (c) => {
    const actor = requireActor(c);
    const db = c.get("db");
    const practiceId = c.req.valid("param").id;
    await updatePractice({ db, actor, practiceId, input: c.req.valid("json") });
    return c.json({ data: await getPractice({ db, actor, practiceId }) }, 200);
  })
  .openapi(replicateRoute, async (c) => {
    const actor = requireActor(c);
    const db = c.get("db");
    const practiceId = c.req.valid("param").id;
    await recordReplication({ db, actor, practiceId, input: c.req.valid("json") });
    return c.json({ data: await getPractice({ db, actor, practiceId }) }, 200);
  })
  .openapi(attachRoute, async (c) => {
    const actor = requireActor(c);
    const db = c.get("db");
    const practiceId = c.req.valid("param").id;
    await mayAttachPracticeFile({ db, actor, practiceId });
    const { file } = await readUpload(c.req.raw, db, { missingFile: UPLOAD_MISSING });
    await attachPracticeFile({ db, actor, practiceId, file });
    return c.json({ data: await getPractice({ db, actor, practiceId }) }, 200);
  })
  .openapi(downloadRoute, async (c) => {
    const actor = requireActor(c);
    const { id, fileId } = c.req.valid("param");
    const file = await readPracticeFile({ db: c.get("db"), actor, practiceId: id, fileId });
    return c.body(file.stream(), 200, fileHeaders(file));
  });
