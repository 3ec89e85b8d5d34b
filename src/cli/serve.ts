import path from "node:path";
import { serve } from "@hono/node-server";
import { sql } from "drizzle-orm";
import { openDatabase, openOptionsFromEnv } from "../db/open";
import { createDemoIfEmpty } from "../demo/create-demo";
import { auditKeyPath, ensureAuditKey } from "../modules/audit/audit-key";
import { pruneSessions } from "../modules/auth/sessions";
import { deleteStrayChunks } from "../modules/files/chunk-store";
import { deleteOrphanBlobs } from "../modules/files/put-blob";
import { mailerFromEnv } from "../modules/notifications/mailer";
import { startReminderWorker } from "../modules/notifications/reminder-worker";
import { currentTime } from "../modules/tasks/clock";
import { repoRoot } from "../repo-root";
import { createApp } from "../server/app";
import { serverConfigFromEnv } from "../server/config";

const webDist = path.join(repoRoot, "web", "dist");

/**
 * The demo, with its published password, is for trying thidua on the embedded database. A PostgreSQL
 * installation is a real one: it gets the demo only when asked (THIDUA_DEMO=1).
 */
export function wantsDemo(env: NodeJS.ProcessEnv, kind: "pglite" | "postgres"): boolean {
  if (env.THIDUA_DEMO === "1") return true;
  if (env.THIDUA_DEMO === "0") return false;
  return kind === "pglite";
}

const PRUNE_EVERY_MS = 15 * 60_000;

/** Chunks of an upload no blob names after an hour: cut off by a crash (another process may be mid-upload). */
const STRAY_CHUNK_AGE_MS = 60 * 60 * 1000;
/** Starts the server; on SIGTERM/SIGINT stops accepting, lets requests in flight finish, then closes the database. */
export async function runServe(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const port = Number.parseInt(env.PORT ?? "3000", 10);
  const host = env.HOST ?? "127.0.0.1";
  const options = openOptionsFromEnv(env);
  const config = serverConfigFromEnv(env);
  const database = await openDatabase(options);
  announceAuditKey(auditKeyPath(env, options));
  // Bytes left by an upload that failed after storing them, or by a crash: nothing references them.
  await deleteOrphanBlobs(database.db);
  await deleteStrayChunks(database.db, new Date(Date.now() - STRAY_CHUNK_AGE_MS));
  const where = options.kind === "pglite" ? `cơ sở dữ liệu nhúng ${options.dataDir}` : "PostgreSQL";
  if (wantsDemo(env, options.kind)) {
    const demo = await createDemoIfEmpty(database.db);
    if (demo) {
      console.log(
        "Đã tạo dữ liệu mẫu (demo): Cụm 1 — Cụm thi đua Ban Tuyên giáo các thị ủy, thành ủy, Quảng Ninh, 2020–2021.",
      );
      console.log("Tài khoản mẫu (mật khẩu chung: thidua-demo):");
      for (const a of demo.accounts) console.log(`  ${a.username.padEnd(14)} ${a.description}`);
    }
  }
  // PGlite never runs autovacuum's ANALYZE: without statistics the planner scans whole tables.
  if (database.kind === "pglite") await database.db.execute(sql`ANALYZE`);
  const app = createApp({ db: database.db, databaseKind: database.kind, webDist, config });
  const prune = () =>
    pruneSessions(database.db, new Date(), config.sessionIdleMinutes).catch((error: unknown) =>
      console.error("Không dọn được phiên đăng nhập hết hạn:", error),
    );
  await prune();
  const pruning = setInterval(prune, PRUNE_EVERY_MS);
  pruning.unref();
  const stopReminders =
    env.THIDUA_REMINDERS === "0"
      ? () => undefined
      : startReminderWorker({ db: database.db, now: () => currentTime(env), mailer: mailerFromEnv(env) });
  const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
    console.log(`thidua đang chạy tại http://localhost:${info.port} (${where}; địa chỉ lắng nghe ${host})`);
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    clearInterval(pruning);
    console.log(`Nhận ${signal}: chờ các yêu cầu đang xử lý rồi dừng…`);
    stopReminders();
    server.close(async () => {
      await database.close();
      console.log("Đã đóng cơ sở dữ liệu. Tạm biệt.");
      process.exit(0);
    });
    if ("closeIdleConnections" in server) server.closeIdleConnections();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

/** The checkpoint key is created on first start; without a path (PostgreSQL) the operator is told to name one. */
function announceAuditKey(file: string | null): void {
  if (!file) {
    console.log(
      "Chưa đặt THIDUA_AUDIT_KEY_FILE: chưa ký được điểm mốc nhật ký (audit checkpoints need a key file shared by every process).",
    );
    return;
  }
  const key = ensureAuditKey(file);
  if (key.created) {
    console.log(
      `Đã tạo khóa ký nhật ký ${file} (quyền 0600), dấu vân tay ${key.fingerprint}. Hãy sao lưu tệp này riêng, ngoài cơ sở dữ liệu.`,
    );
  }
}
