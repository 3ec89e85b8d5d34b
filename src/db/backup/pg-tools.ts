import { spawn, spawnSync } from "node:child_process";
import { AppError } from "../../server/errors";

// PostgreSQL's own tools, when installed (Debian's postgresql-client): pg_dump takes a consistent snapshot
// of a live database in its custom format, pg_restore loads it into an empty one, triggers and indexes after
// the data. THIDUA_PG_BIN names their folder when they are not on the PATH.

const tool = (name: string, env: NodeJS.ProcessEnv) =>
  env.THIDUA_PG_BIN ? `${env.THIDUA_PG_BIN}/${name}` : name;

/** Whether pg_dump and pg_restore run here. */
export function pgToolsAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  return ["pg_dump", "pg_restore"].every(
    (name) => spawnSync(tool(name, env), ["--version"], { stdio: "ignore" }).status === 0,
  );
}

/** The URL without its password, and the password for PGPASSWORD: argv is visible to every local user. */
function connection(url: string, env: NodeJS.ProcessEnv) {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = "";
  const childEnv: NodeJS.ProcessEnv = { ...env };
  if (password) childEnv.PGPASSWORD = password;
  return { dbname: u.toString(), env: childEnv };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (chunk: Buffer) => {
      err += chunk.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve();
      else
        reject(
          new AppError("backup_failed", 500, `${command} dừng với mã ${code}: ${err.trim().slice(0, 2000)}`),
        );
    });
  });
}

export async function pgDump(url: string, file: string, env: NodeJS.ProcessEnv = process.env) {
  const c = connection(url, env);
  await run(
    tool("pg_dump", env),
    ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${c.dbname}`],
    c.env,
  );
}

/** Loads a pg_dump file into an empty database, all or nothing. */
export async function pgRestore(file: string, url: string, env: NodeJS.ProcessEnv = process.env) {
  const c = connection(url, env);
  await run(
    tool("pg_restore", env),
    [
      "--no-owner",
      "--no-privileges",
      "--exit-on-error",
      "--single-transaction",
      `--dbname=${c.dbname}`,
      file,
    ],
    c.env,
  );
}
