// Which endpoints the HTTP benchmark loads. The ranking endpoints are being written (src/modules/rankings,
// router `rankingRoutes`); until they are mounted, GET /api/clusters/{id} stands in and the output says so.
// The lead may pin the choice here: "ranking" or "stand-in" instead of "auto".

import { existsSync, readFileSync } from "node:fs";

export const ENDPOINTS_IN_USE: "auto" | "ranking" | "stand-in" = "auto";

export type Endpoint = { readonly name: string; readonly path: (clusterId: string) => string };

export const RANKING_ENDPOINTS: readonly Endpoint[] = [
  { name: "ranking", path: (id) => `/api/clusters/${id}/ranking` },
  { name: "scoring matrix", path: (id) => `/api/clusters/${id}/ranking/matrix` },
];

export const STAND_IN_ENDPOINTS: readonly Endpoint[] = [
  { name: "cluster detail (stand-in)", path: (id) => `/api/clusters/${id}` },
];

/** "auto": the ranking endpoints once src/modules/rankings/routes.ts exists and app.ts mounts rankingRoutes. */
export function chooseEndpoints(): { endpoints: readonly Endpoint[]; standIn: boolean; why: string } {
  if (ENDPOINTS_IN_USE === "ranking")
    return { endpoints: RANKING_ENDPOINTS, standIn: false, why: "pinned in bench/endpoints.ts" };
  if (ENDPOINTS_IN_USE === "stand-in")
    return { endpoints: STAND_IN_ENDPOINTS, standIn: true, why: "pinned in bench/endpoints.ts" };
  const routes = new URL("../src/modules/rankings/routes.ts", import.meta.url);
  const app = new URL("../src/server/app.ts", import.meta.url);
  const mounted =
    existsSync(routes) && /app\.route\(\s*"\/",\s*rankingRoutes\s*\)/.test(readFileSync(app, "utf8"));
  return mounted
    ? { endpoints: RANKING_ENDPOINTS, standIn: false, why: "rankingRoutes is mounted in src/server/app.ts" }
    : {
        endpoints: STAND_IN_ENDPOINTS,
        standIn: true,
        why: "src/modules/rankings/routes.ts is not there or rankingRoutes is not mounted in src/server/app.ts yet",
      };
}
