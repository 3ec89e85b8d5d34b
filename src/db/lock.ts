import fs from "node:fs";
import path from "node:path";
import { AppError } from "../server/errors";

const LOCK_FILE = "thidua.lock";

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * PGlite has no lock between processes: two servers on one data dir corrupt it silently.
 * We hold an exclusive lock file (O_EXCL) holding our pid; a stale one from a dead process is taken over.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, "wx");
      fs.writeSync(fd, `${process.pid}\n`);
      fs.closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        fs.rmSync(lockPath, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const holder = Number.parseInt(fs.readFileSync(lockPath, "utf8").trim(), 10);
      if (Number.isFinite(holder) && holder !== process.pid && processAlive(holder)) {
        throw new AppError(
          "data_dir_locked",
          409,
          `Thư mục dữ liệu ${path.resolve(dataDir)} đang được tiến trình ${holder} sử dụng; hãy dừng tiến trình đó trước (data directory locked by process ${holder}).`,
        );
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new AppError("data_dir_locked", 409, `Không lấy được khóa thư mục dữ liệu ${path.resolve(dataDir)}.`);
}
