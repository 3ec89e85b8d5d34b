import { rankingRoutes } from "../../src/modules/rankings/routes";
import { RANKING_ENDPOINTS } from "../endpoints";
import { benchEndpoint } from "../http-ranking";
import { startHttpServer } from "../http-setup";

const s = await startHttpServer((app) => {
  app.route("/", rankingRoutes);
});
try {
  for (const e of RANKING_ENDPOINTS) console.log(await benchEndpoint(s, e, process.argv[2] === "quick"));
} finally {
  await s.close();
}
