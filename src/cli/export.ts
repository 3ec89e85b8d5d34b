import { writeFile } from "node:fs/promises";
import { openDatabase, openOptionsFromEnv } from "../db/open";
import { systemActor } from "../modules/auth/actor";
import { exportClusterYear } from "../modules/exchange/export-cluster-year";
import { findClustersByCodeYear } from "../modules/exchange/lookups";
import { pickCouncil, refused } from "./import";
import type { ScoreIo } from "./score";

export type ExportOptions = { cluster: string; year: string | number; out?: string; council?: string };

/**
 * `thidua export --cluster CODE --year YEAR [--out FILE] [--council CODE]`: writes the cluster-year's
 * thidua.cluster-year/v1 file (published results) to stdout or FILE. Returns 0; 2 when the cluster is not
 * found or ambiguous; 3 when the data directory is in use.
 */
export async function runExport(
  opts: ExportOptions,
  io: ScoreIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const year = Number(opts.year);
  if (!Number.isInteger(year)) {
    io.stderr(`--year: phải là một năm (số nguyên), không phải "${opts.year}"`);
    return 2;
  }
  let database: Awaited<ReturnType<typeof openDatabase>>;
  try {
    database = await openDatabase(openOptionsFromEnv(env));
  } catch (error) {
    return refused(error, io);
  }
  try {
    let found = await findClustersByCodeYear(database.db, opts.cluster, year);
    if (opts.council !== undefined) {
      const council = await pickCouncil(database.db, opts.council);
      if (!council.ok) {
        io.stderr(council.message);
        return 2;
      }
      found = found.filter((c) => c.councilId === council.id);
    }
    if (found.length !== 1) {
      io.stderr(
        found.length === 0
          ? `Không có cụm "${opts.cluster}" năm ${year}.`
          : `Có ${found.length} cụm "${opts.cluster}" năm ${year} ở các cơ quan khác nhau: hãy chọn bằng --council CODE.`,
      );
      return 2;
    }
    const exported = await exportClusterYear({
      db: database.db,
      actor: systemActor("cli"),
      clusterId: found[0]!.id,
    });
    for (const i of exported.ignored) {
      io.stderr(`Bỏ qua giá trị của ${i.unit}, tiêu chí ${i.criterion}: ${i.message}`);
    }
    if (opts.out) {
      await writeFile(opts.out, exported.text, "utf8");
      io.stdout(`Đã ghi ${opts.out}`);
    } else {
      io.stdout(exported.text);
    }
    return 0;
  } catch (error) {
    return refused(error, io);
  } finally {
    await database.close();
  }
}
