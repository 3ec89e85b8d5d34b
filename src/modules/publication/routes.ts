import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { publicationResponse, publishClusterBody, reopenBody } from "../../contracts/publication";
import { requireActor } from "../../server/context";
import { dataResponse, errorResponses, newRouter } from "../../server/router";
import { getPublication } from "./get-publication";
import { publishCluster } from "./publish-cluster";
import { reopenPublication } from "./reopen-publication";

const idParam = z.object({ id: z.uuid({ error: "Mã cụm không hợp lệ" }) });
const PATH = "/api/clusters/{id}/publication";
const tags = ["publication"];
const json = <S extends z.ZodType>(schema: S) => ({
  content: { "application/json": { schema } },
  required: true,
});

const getRoute = createRoute({
  method: "get",
  path: PATH,
  tags,
  summary: "Tình trạng công bố kết quả của cụm (một lần cho cả cụm) và phiên bản bản chấm điểm từng đơn vị",
  request: { params: idParam },
  responses: { ...dataResponse(publicationResponse), ...errorResponses(400, 401, 404) },
});
const publishRoute = createRoute({
  method: "post",
  path: PATH,
  tags,
  summary:
    "Công bố kết quả cả cụm khi mọi đơn vị đã chốt điểm (kèm phiên bản đã xem; khác → 409); lưu thành hồ sơ không đổi",
  request: { params: idParam, body: json(publishClusterBody) },
  responses: {
    ...dataResponse(
      z.object({ id: z.uuid(), seq: z.int(), pactVersion: z.int(), results: z.array(z.unknown()) }),
    ),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});
const reopenRoute = createRoute({
  method: "post",
  path: `${PATH}/reopen`,
  tags,
  summary: "Mở lại kết quả đã công bố của cụm (có lý do, ghi nhật ký): các đơn vị trở về trạng thái đã chốt",
  request: { params: idParam, body: json(reopenBody) },
  responses: {
    ...dataResponse(z.object({ id: z.uuid(), seq: z.int(), reopened: z.boolean() })),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

export const publicationRoutes = newRouter()
  .openapi(getRoute, async (c) => {
    const data = await getPublication({
      db: c.get("db"),
      actor: requireActor(c),
      clusterId: c.req.valid("param").id,
    });
    return c.json({ data }, 200);
  })
  .openapi(publishRoute, async (c) => {
    const data = await publishCluster({
      db: c.get("db"),
      actor: requireActor(c),
      clusterId: c.req.valid("param").id,
      input: c.req.valid("json"),
    });
    return c.json({ data }, 200);
  })
  .openapi(reopenRoute, async (c) => {
    const data = await reopenPublication({
      db: c.get("db"),
      actor: requireActor(c),
      clusterId: c.req.valid("param").id,
      input: c.req.valid("json"),
    });
    return c.json({ data }, 200);
  });
