import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import {
  cloneClusterInput,
  clusterDetail,
  clusterSummary,
  listClustersQuery,
} from "../../contracts/clusters";
import { todayVn } from "../../core/orgs/dated";
import { requireActor } from "../../server/context";
import { dataResponse, errorResponses, newRouter } from "../../server/router";
import { cloneCluster } from "./clone-cluster";
import { defaultYear } from "./default-year";
import { getCluster } from "./get-cluster";
import { listClusters, listYears } from "./list-clusters";

const idParam = z.object({ id: z.uuid({ error: "Mã cụm không hợp lệ" }) });

const yearsRoute = createRoute({
  method: "get",
  path: "/api/years",
  tags: ["clusters"],
  summary: "Các năm có cụm thi đua",
  responses: { ...dataResponse(z.array(z.number().int())), ...errorResponses(401) },
});
const defaultYearRoute = createRoute({
  method: "get",
  path: "/api/years/default",
  tags: ["clusters"],
  summary:
    "Năm mặc định khi mở ứng dụng: năm nay nếu đã bắt đầu, nếu không là năm gần nhất đã bắt đầu (giao ước đã mở ký, đã có bản chấm hoặc đã công bố); năm chỉ có bản nháp trống không được chọn",
  responses: { ...dataResponse(z.object({ year: z.number().int() })), ...errorResponses(401) },
});
const listRoute = createRoute({
  method: "get",
  path: "/api/clusters",
  tags: ["clusters"],
  summary: "Danh sách cụm, khối thi đua",
  request: { query: listClustersQuery },
  responses: { ...dataResponse(z.array(clusterSummary)), ...errorResponses(400, 401) },
});
const getRoute = createRoute({
  method: "get",
  path: "/api/clusters/{id}",
  tags: ["clusters"],
  summary: "Một cụm thi đua và các thành viên",
  request: { params: idParam },
  responses: { ...dataResponse(clusterDetail), ...errorResponses(400, 401, 404) },
});
const cloneRoute = createRoute({
  method: "post",
  path: "/api/clusters/{id}/clone",
  tags: ["clusters"],
  summary: "Nhân bản cụm sang năm mới",
  request: {
    params: idParam,
    body: { content: { "application/json": { schema: cloneClusterInput } }, required: true },
  },
  responses: { ...dataResponse(clusterSummary), ...errorResponses(400, 401, 403, 404, 409) },
});

export const clusterRoutes = newRouter()
  .openapi(yearsRoute, async (c) =>
    c.json({ data: await listYears({ db: c.get("db"), actor: requireActor(c) }) }, 200),
  )
  .openapi(defaultYearRoute, async (c) => {
    const thisYear = Number(todayVn().slice(0, 4));
    return c.json({ data: await defaultYear({ db: c.get("db"), actor: requireActor(c), thisYear }) }, 200);
  })
  .openapi(listRoute, async (c) => {
    const actor = requireActor(c);
    return c.json(
      { data: await listClusters({ db: c.get("db"), actor, year: c.req.valid("query").year }) },
      200,
    );
  })
  .openapi(getRoute, async (c) => {
    const actor = requireActor(c);
    return c.json(
      { data: await getCluster({ db: c.get("db"), actor, clusterId: c.req.valid("param").id }) },
      200,
    );
  })
  .openapi(cloneRoute, async (c) => {
    const actor = requireActor(c);
    const db = c.get("db");
    const created = await cloneCluster({
      db,
      actor,
      clusterId: c.req.valid("param").id,
      input: c.req.valid("json"),
    });
    const detail = await getCluster({ db, actor, clusterId: created.id });
    const { members: _members, canClone: _canClone, nextYearClusterId: _next, ...summary } = detail;
    return c.json({ data: summary }, 200);
  });
