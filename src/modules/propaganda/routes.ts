import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import {
  activityInput,
  opinionDetail,
  opinionList,
  opinionListQuery,
  opinionReportInput,
  topicDetail,
  topicInput,
  topicListQuery,
  topicSummary,
} from "../../contracts/propaganda";
import { requireActor } from "../../server/context";
import { dataResponse, errorResponses, newRouter } from "../../server/router";
import { createOpinionReport, getOpinionReport, listOpinionReports } from "./opinions";
import { createTopic, getTopic, listTopics, logActivity } from "./topics";

const jsonBody = <S extends z.ZodType>(schema: S) => ({
  content: { "application/json": { schema } },
  required: true,
});
const idParam = z.object({ id: z.uuid({ error: "Mã không hợp lệ" }) });
const writes = errorResponses(400, 401, 403, 404);

const listTopicsRoute = createRoute({
  method: "get",
  path: "/api/propaganda-topics",
  tags: ["propaganda"],
  summary: "Chủ đề tuyên truyền trong năm, với tổng số hội nghị, bài viết, pa-nô, người tham dự theo đơn vị",
  request: { query: topicListQuery },
  responses: { ...dataResponse(z.array(topicSummary)), ...errorResponses(400, 401) },
});
const createTopicRoute = createRoute({
  method: "post",
  path: "/api/propaganda-topics",
  tags: ["propaganda"],
  summary: "Cơ quan chủ trì đặt một chủ đề tuyên truyền của năm",
  request: { body: jsonBody(topicInput) },
  responses: { ...dataResponse(topicDetail), ...writes },
});
const getTopicRoute = createRoute({
  method: "get",
  path: "/api/propaganda-topics/{id}",
  tags: ["propaganda"],
  summary: "Một chủ đề và các hoạt động của đơn vị",
  request: { params: idParam },
  responses: { ...dataResponse(topicDetail), ...errorResponses(400, 401, 404) },
});
const logActivityRoute = createRoute({
  method: "post",
  path: "/api/propaganda-topics/{id}/activities",
  tags: ["propaganda"],
  summary: "Đơn vị ghi một hoạt động tuyên truyền theo chủ đề",
  request: { params: idParam, body: jsonBody(activityInput) },
  responses: { ...dataResponse(topicDetail), ...writes },
});
const listOpinionsRoute = createRoute({
  method: "get",
  path: "/api/opinion-reports",
  tags: ["propaganda"],
  summary: "Báo cáo dư luận xã hội và diễn biến theo chủ đề, theo tháng",
  request: { query: opinionListQuery },
  responses: { ...dataResponse(opinionList), ...errorResponses(400, 401) },
});
const createOpinionRoute = createRoute({
  method: "post",
  path: "/api/opinion-reports",
  tags: ["propaganda"],
  summary: "Đơn vị gửi báo cáo dư luận xã hội định kỳ",
  request: { body: jsonBody(opinionReportInput) },
  responses: { ...dataResponse(opinionDetail), ...writes },
});
const getOpinionRoute = createRoute({
  method: "get",
  path: "/api/opinion-reports/{id}",
  tags: ["propaganda"],
  summary: "Một báo cáo dư luận xã hội",
  request: { params: idParam },
  responses: { ...dataResponse(opinionDetail), ...errorResponses(400, 401, 404) },
});

export const propagandaRoutes = newRouter()
  .openapi(listTopicsRoute, async (c) => {
    const actor = requireActor(c);
    return c.json({ data: await listTopics({ db: c.get("db"), actor, query: c.req.valid("query") }) }, 200);
  })
  .openapi(createTopicRoute, async (c) => {
    const actor = requireActor(c);
    const db = c.get("db");
    const topic = await createTopic({ db, actor, input: c.req.valid("json") });
    return c.json({ data: await getTopic({ db, actor, topicId: topic.id }) }, 200);
  })
  .openapi(getTopicRoute, async (c) => {
    const actor = requireActor(c);
    return c.json(
      { data: await getTopic({ db: c.get("db"), actor, topicId: c.req.valid("param").id }) },
      200,
    );
  })
  .openapi(logActivityRoute, async (c) => {
    const actor = requireActor(c);
    const db = c.get("db");
    const topicId = c.req.valid("param").id;
    await logActivity({ db, actor, topicId, input: c.req.valid("json") });
    return c.json({ data: await getTopic({ db, actor, topicId }) }, 200);
  })
  .openapi(listOpinionsRoute, async (c) => {
    const actor = requireActor(c);
    return c.json(
      { data: await listOpinionReports({ db: c.get("db"), actor, query: c.req.valid("query") }) },
      200,
    );
  })
  .openapi(createOpinionRoute, async (c) => {
    const actor = requireActor(c);
    const db = c.get("db");
    const row = await createOpinionReport({ db, actor, input: c.req.valid("json") });
    return c.json({ data: await getOpinionReport({ db, actor, id: row.id }) }, 200);
  })
  .openapi(getOpinionRoute, async (c) => {
    const actor = requireActor(c);
    return c.json(
      { data: await getOpinionReport({ db: c.get("db"), actor, id: c.req.valid("param").id }) },
      200,
    );
  });
