import { Command } from "commander";
import { openDatabase, openOptionsFromEnv } from "../db/open";
import { AppError } from "../server/errors";
import { runAdminCreate } from "./admin-create";
import { runAuditCheckpoint, runAuditVerify } from "./audit";
import { runBackup, runRestore } from "./backup";
import { runExport } from "./export";
import { runImport } from "./import";
import { runScore } from "./score";
import { runServe } from "./serve";

const io = {
  stdout: (s: string) => process.stdout.write(s.endsWith("\n") ? s : `${s}\n`),
  stderr: (s: string) => process.stderr.write(s.endsWith("\n") ? s : `${s}\n`),
};

const program = new Command()
  .name("thidua")
  .description("thidua — cụm, khối thi đua: giao ước, chấm điểm, xếp hạng (emulation clusters)")
  .showHelpAfterError();

program
  .command("serve")
  .description("start the web server (PORT, THIDUA_DATA_DIR or DATABASE_URL, THIDUA_DEMO)")
  .action(() => runServe());

program
  .command("migrate")
  .description("apply database migrations and exit")
  .action(async () => {
    const database = await openDatabase(openOptionsFromEnv());
    await database.close();
    console.log("Đã cập nhật cấu trúc cơ sở dữ liệu (migrations applied).");
  });

program
  .command("admin")
  .description("administration")
  .command("create")
  .description("create a council and its first admin account")
  .requiredOption("--council-code <code>", "council code, e.g. BTGTU-QN")
  .requiredOption("--council-name <name>", 'council name, e.g. "Ban Tuyên giáo Tỉnh ủy Quảng Ninh"')
  .requiredOption("--username <username>", "admin username")
  .option("--display-name <name>", "admin's full name")
  .option("--password <password>", "password (or set THIDUA_ADMIN_PASSWORD)")
  .action(async (o) => {
    const password = o.password ?? process.env.THIDUA_ADMIN_PASSWORD;
    if (!password)
      throw new AppError("validation", 400, "Cần mật khẩu: --password hoặc biến THIDUA_ADMIN_PASSWORD.");
    await runAdminCreate({
      councilCode: o.councilCode,
      councilName: o.councilName,
      username: o.username,
      displayName: o.displayName,
      password,
    });
  });

const audit = program.command("audit").description("audit log");
audit
  .command("verify")
  .description(
    "check every council's audit hash chain and the published scores against it; with --checkpoint, prove the log still extends a filed checkpoint (exit 1 naming what does not match)",
  )
  .option("--checkpoint <file>", "a checkpoint printed earlier by `thidua audit checkpoint`")
  .action(async (o: { checkpoint?: string }) => {
    process.exitCode = await runAuditVerify(o, io);
  });
audit
  .command("checkpoint")
  .description(
    "sign each council's audit chain head now (THIDUA_AUDIT_KEY_FILE) and print it for officials to file",
  )
  .option("--council <code>", "only this council")
  .option("--out <file>", "also write the text to this file")
  .action(async (o: { council?: string; out?: string }) => {
    process.exitCode = await runAuditCheckpoint(o, io);
  });

program
  .command("backup")
  .description(
    "back the whole database up into FILE: the embedded one with the server stopped (PGlite dump), PostgreSQL with pg_dump when installed, else (or with --logical) as a logical export",
  )
  .argument("<file>")
  .option("--logical", "PostgreSQL: thidua's logical export even when pg_dump is installed")
  .action(async (file: string, o: { logical?: boolean }) => {
    process.exitCode = await runBackup(file, io, o);
  });

program
  .command("restore")
  .description("restore a backup into an empty THIDUA_DATA_DIR or DATABASE_URL (never over existing data)")
  .argument("<file>")
  .action(async (file: string) => {
    process.exitCode = await runRestore(file, io);
  });

program
  .command("score")
  .description("rank a thidua.cluster-year/v1 file; prints thidua.ranking/v1 JSON (exit 2 on a bad file)")
  .argument("<file>")
  .action(async (file: string) => {
    process.exitCode = await runScore(file, io);
  });

program
  .command("import")
  .description("import a thidua.cluster-year/v1 file: all or nothing (exit 2 with located errors)")
  .argument("<file>")
  .option("--council <code>", "council code (default: the only council)")
  .action(async (file: string, o: { council?: string }) => {
    process.exitCode = await runImport(file, io, { council: o.council });
  });

program
  .command("export")
  .description("export a cluster-year as thidua.cluster-year/v1 JSON")
  .requiredOption("--cluster <code>", "cluster code, e.g. CUM1")
  .requiredOption("--year <year>", "year, e.g. 2020")
  .option("--out <file>", "write to this file instead of standard output")
  .option("--council <code>", "council code (default: the only council)")
  .action(async (o: { cluster: string; year: string; out?: string; council?: string }) => {
    process.exitCode = await runExport(
      { cluster: o.cluster, year: Number(o.year), out: o.out, council: o.council },
      io,
    );
  });

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof AppError) {
    console.error(
      `Lỗi: ${err.message}${err.issues ? `\n${err.issues.map((i) => `  ${i.path}: ${i.message}`).join("\n")}` : ""}`,
    );
    process.exit(err.code === "data_dir_locked" ? 3 : 2);
  }
  throw err;
}
