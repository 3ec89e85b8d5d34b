import fs from "node:fs";
import path from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Hono } from "hono";
import type { AppEnv } from "./context";

/** Serves the built web app; unknown non-API paths get index.html so client-side routes survive a reload. */
export function mountWebApp(app: Hono<AppEnv>, distDir: string): void {
  const indexFile = path.join(distDir, "index.html");
  const root = path.relative(process.cwd(), distDir) || ".";
  app.use("/assets/*", serveStatic({ root }));
  app.use("*", serveStatic({ root }));
  app.get("*", (c) => {
    if (c.req.path.startsWith("/api/"))
      return c.json({ error: "not_found", message: "Không có địa chỉ API này." }, 404);
    if (!fs.existsSync(indexFile)) {
      return c.text("Giao diện web chưa được dựng. Hãy chạy: npm run build:web (web app not built)", 503);
    }
    return c.html(fs.readFileSync(indexFile, "utf8"));
  });
}
