import { createRoute } from "@hono/zod-openapi";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { z } from "zod";
import type { Db } from "../db/types";
import { bumpWriteGeneration, withWriteScope } from "../db/write-generation";
import { accountRoutes } from "../modules/accounts/routes";
import { assessmentRoutes } from "../modules/assessments/routes";
import { unitFormRoutes } from "../modules/assessments/unit-form-routes";
import { authRoutes } from "../modules/auth/routes";
import { calendarRoutes } from "../modules/calendars/routes";
import { clusterRoutes } from "../modules/clusters/routes";
import { documentRoutes } from "../modules/documents/routes";
import { exchangeRoutes } from "../modules/exchange/routes";
import { meetingRoutes } from "../modules/meetings/routes";
import { orgRoutes } from "../modules/orgs/routes";
import { pactRoutes } from "../modules/pacts/routes";
import { practiceRoutes } from "../modules/practices/routes";
import { propagandaRoutes } from "../modules/propaganda/routes";
import { publicationRoutes } from "../modules/publication/routes";
import { rankingRoutes } from "../modules/rankings/routes";
import { referenceDocumentRoutes } from "../modules/reference-documents/routes";
import { reportDocumentRoutes } from "../modules/reports/report-document-routes";
import { reportRoutes } from "../modules/reports/routes";
import { searchRoutes } from "../modules/search/routes";
import { taskFollowUpRoutes } from "../modules/tasks/follow-up-routes";
import { taskRoutes } from "../modules/tasks/routes";
import { todoRoutes } from "../modules/todo/routes";
import { type ServerConfig, serverConfigFromEnv } from "./config";
import { mountDocsPage } from "./docs-page";
import { handleError } from "./error-handler";
import { unauthenticated } from "./errors";
import { bodyLimitMiddleware, jsonGuardMiddleware, noStoreMiddleware } from "./middleware/body-guard";
import { csrfMiddleware } from "./middleware/csrf";
import { sessionMiddleware } from "./middleware/session";
import { dataResponse, newRouter } from "./router";
import { mountWebApp } from "./web-static";

const PUBLIC_API = new Set([
  "/api/health",
  "/api/auth/login",
  "/api/openapi.json",
  "/api/docs",
  "/api/docs/init.js",
]);

const healthRoute = createRoute({
  method: "get",
  path: "/api/health",
  tags: ["system"],
  summary: "Tình trạng máy chủ",
  // Which engine runs is for signed-in users (support), not for whoever probes the address.
  responses: dataResponse(
    z.object({ status: z.literal("ok"), database: z.enum(["pglite", "postgres"]).optional() }),
  ),
});

/** The whole HTTP app: headers, request id, session, auth gate, CSRF, the API modules, docs, and the web app. */
export function createApp(opts: {
  db: Db;
  databaseKind: "pglite" | "postgres";
  webDist?: string;
  config?: ServerConfig;
}) {
  const config = opts.config ?? serverConfigFromEnv();
  const app = newRouter();
  app.onError(handleError);
  app.use("*", requestId());
  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'", "data:"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  app.use("*", async (c, next) => {
    c.set("db", opts.db);
    c.set("databaseKind", opts.databaseKind);
    c.set("config", config);
    await next();
  });
  app.use("/api/*", noStoreMiddleware);
  app.use("/api/*", bodyLimitMiddleware);
  app.use("/api/*", sessionMiddleware);
  app.use("/api/*", async (c, next) => {
    if (!PUBLIC_API.has(c.req.path) && !c.req.path.startsWith("/api/docs/") && !c.get("session"))
      throw unauthenticated();
    await next();
  });
  app.use("/api/*", csrfMiddleware);
  app.use("/api/*", jsonGuardMiddleware);
  app.use("/api/*", async (c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    await withWriteScope(async () => {
      await next();
      bumpWriteGeneration();
    });
  });

  app.openapi(healthRoute, (c) =>
    c.json(
      { data: { status: "ok" as const, ...(c.get("session") ? { database: c.get("databaseKind") } : {}) } },
      200,
    ),
  );
  app.route("/", authRoutes);
  app.route("/", clusterRoutes);
  app.route("/", orgRoutes);
  app.route("/", pactRoutes);
  app.route("/", assessmentRoutes);
  app.route("/", rankingRoutes);
  app.route("/", publicationRoutes);
  app.route("/", exchangeRoutes);
  app.route("/", referenceDocumentRoutes);
  app.route("/", taskRoutes);
  app.route("/", documentRoutes);
  app.route("/", meetingRoutes);
  app
    .route("/", reportRoutes)
    .route("/", practiceRoutes)
    .route("/", propagandaRoutes)
    .route("/", searchRoutes);
  app.route("/", calendarRoutes);
  app.route("/", todoRoutes);
  app.route("/", unitFormRoutes);
  app.route("/", reportDocumentRoutes);
  app.route("/", taskFollowUpRoutes);
  app.route("/", accountRoutes);

  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "thidua API",
      version: "0.1.0",
      description: "Cụm, khối thi đua: giao ước, chấm điểm, xếp hạng, hội nghị.",
    },
  });
  mountDocsPage(app);
  if (opts.webDist) mountWebApp(app, opts.webDist);
  return app;
}

export type App = ReturnType<typeof createApp>;
