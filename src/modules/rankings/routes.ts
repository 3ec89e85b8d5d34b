import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import {
  matrixQuery,
  matrixResponse,
  rankingQuery,
  rankingResponse,
  whyQuery,
  whyResponse,
} from "../../contracts/rankings";
import { requireActor } from "../../server/context";
import { matchesEtag } from "../../server/etag";
import { dataResponse, errorResponses, newRouter } from "../../server/router";
import { attachment, XLSX_MIME } from "../exchange/xlsx";
import { explainRank } from "./explain-rank";
import { getRankingMatrix } from "./get-matrix";
import { getRanking } from "./get-ranking";
import { rankingExport } from "./ranking-workbook";

const idParam = z.object({ id: z.uuid({ error: "Mã cụm không hợp lệ" }) });

const rankingRoute = createRoute({
  method: "get",
  path: "/api/clusters/{id}/ranking",
  tags: ["rankings"],
  summary:
    "Bảng xếp hạng của cụm (final: đã công bố; draft: bản nháp cho cụm trưởng, cơ quan; self: tự chấm)",
  request: { params: idParam, query: rankingQuery },
  responses: { ...dataResponse(rankingResponse), ...errorResponses(400, 401, 403, 404) },
});
const matrixRoute = createRoute({
  method: "get",
  path: "/api/clusters/{id}/ranking/matrix",
  tags: ["rankings"],
  summary: "Điểm từng đơn vị theo từng tiêu chí (bản đồ nhiệt) và điểm tự chấm so với điểm cuối cùng",
  request: { params: idParam, query: matrixQuery },
  responses: { ...dataResponse(matrixResponse), ...errorResponses(400, 401, 403, 404) },
});
const whyRoute = createRoute({
  method: "get",
  path: "/api/clusters/{id}/ranking/why",
  tags: ["rankings"],
  summary: "Vì sao xếp hạng như vậy: hai đơn vị khác nhau ở tiêu chí nào, tiêu chí phụ nào quyết định",
  request: { params: idParam, query: whyQuery },
  responses: { ...dataResponse(whyResponse), ...errorResponses(400, 401, 403, 404) },
});
const xlsxRoute = createRoute({
  method: "get",
  path: "/api/clusters/{id}/ranking.xlsx",
  tags: ["rankings"],
  summary: "Tải bảng xếp hạng (Excel)",
  request: { params: idParam, query: rankingQuery },
  responses: {
    200: {
      content: { [XLSX_MIME]: { schema: z.string().meta({ format: "binary" }) } },
      description: "Tệp Excel",
    },
    304: { description: "Không đổi từ lần tải trước (If-None-Match trùng ETag)" },
    ...errorResponses(400, 401, 403, 404),
  },
});

export const rankingRoutes = newRouter()
  .openapi(rankingRoute, async (c) => {
    const data = await getRanking({
      db: c.get("db"),
      actor: requireActor(c),
      clusterId: c.req.valid("param").id,
      stage: c.req.valid("query").stage,
    });
    return c.json({ data }, 200);
  })
  .openapi(matrixRoute, async (c) => {
    const data = await getRankingMatrix({
      db: c.get("db"),
      actor: requireActor(c),
      clusterId: c.req.valid("param").id,
      stage: c.req.valid("query").stage,
    });
    return c.json({ data }, 200);
  })
  .openapi(whyRoute, async (c) => {
    const q = c.req.valid("query");
    const data = await explainRank({
      db: c.get("db"),
      actor: requireActor(c),
      clusterId: c.req.valid("param").id,
      ...q,
    });
    return c.json({ data }, 200);
  })
  .openapi(xlsxRoute, async (c) => {
    const { etag, filename, build } = await rankingExport({
      db: c.get("db"),
      actor: requireActor(c),
      clusterId: c.req.valid("param").id,
      stage: c.req.valid("query").stage,
      signal: c.req.raw.signal,
    });
    // The browser keeps the file and asks again with its ETag: unchanged data answers 304 without a body.
    const cache = { etag, "cache-control": "private, no-cache" };
    if (matchesEtag(c.req.header("if-none-match"), etag)) return c.body(null, 304, cache);
    const headers = { ...cache, "content-type": XLSX_MIME, "content-disposition": attachment(filename) };
    return c.body(await build(), 200, headers);
  });
