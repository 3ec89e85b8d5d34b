import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { isoDate, orgDetail, orgSummary, person } from "../../contracts/orgs";
import { requireActor } from "../../server/context";
import { dataResponse, errorResponses, newRouter } from "../../server/router";
import { listPeople } from "../people/list-people";
import { getOrganizationDetail } from "./get-organization";
import { listOrganizationsAt } from "./list-organizations";

const atQuery = z.object({
  at: isoDate.optional(),
  /** Organisations that existed at any time that year, named as at its end (or their last day). */
  year: z.coerce.number().int().min(1990).max(2100).optional(),
});

const listRoute = createRoute({
  method: "get",
  path: "/api/orgs",
  tags: ["orgs"],
  summary: "Các tổ chức, tên gọi theo ngày",
  request: { query: atQuery },
  responses: { ...dataResponse(z.array(orgSummary)), ...errorResponses(400, 401) },
});
const getRoute = createRoute({
  method: "get",
  path: "/api/orgs/{id}",
  tags: ["orgs"],
  summary: "Một tổ chức và lịch sử của nó",
  request: { params: z.object({ id: z.uuid({ error: "Mã tổ chức không hợp lệ" }) }) },
  responses: { ...dataResponse(orgDetail), ...errorResponses(400, 401, 404) },
});
const peopleRoute = createRoute({
  method: "get",
  path: "/api/people",
  tags: ["people"],
  summary: "Cán bộ và chức vụ",
  request: { query: atQuery },
  responses: { ...dataResponse(z.array(person)), ...errorResponses(400, 401) },
});

export const orgRoutes = newRouter()
  .openapi(listRoute, async (c) => {
    const actor = requireActor(c);
    return c.json(
      { data: await listOrganizationsAt({ db: c.get("db"), actor, ...c.req.valid("query") }) },
      200,
    );
  })
  .openapi(getRoute, async (c) => {
    const actor = requireActor(c);
    return c.json(
      { data: await getOrganizationDetail({ db: c.get("db"), actor, orgId: c.req.valid("param").id }) },
      200,
    );
  })
  .openapi(peopleRoute, async (c) => {
    const actor = requireActor(c);
    return c.json({ data: await listPeople({ db: c.get("db"), actor, at: c.req.valid("query").at }) }, 200);
  });
