import fs from "node:fs";
import path from "node:path";
import { AppError } from "../server/errors";
import { currentHolder, describeHolder, holderState, type LockHolder, parseHolder } from "./lock-holder";

const LOCK_FILE = "thidua.lock";
const TAKEOVER_FILE = "thidua.lock.takeover";
/** The holder touches its lock this often; a lock nobody touched for STALE_MS has no live holder. */
export const HEARTBEAT_MS = 5_000;
export const STALE_MS = 30_000;

const locked = (dataDir: string, why: string) =>
  new AppError(
    "data_dir_locked",
    409,
    `Thư mục dữ liệu ${path.resolve(dataDir)} đang được ${why} sử dụng; hãy dừng tiến trình đó trước (data directory locked). Nếu chắc chắn không còn tiến trình nào, xóa tệp ${LOCK_FILE}.`,
  );

/**
 * PGlite has no lock between processes: two servers on one data dir corrupt it silently. We hold a
 * lock file naming us (see LockHolder) and touch it as a heartbeat. A lock is taken over only when its
 * holder is provably dead here, or silent for STALE_MS; the takeover itself is serialised by an
 * exclusively created takeover file, so two racers for one stale lock cannot both win.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, LOCK_FILE);
  const me = currentHolder();
  for (let attempt = 0; attempt < 3; attempt++) {
    if (createLock(lockPath, me)) return holding(lockPath, me);
    const seen = readLock(lockPath);
    if (!seen) continue;
    if (!isStale(seen, me))
      throw locked(dataDir, seen.holder ? describeHolder(seen.holder) : "một tiến trình khác");
    if (takeOver(dataDir, lockPath, seen.text, me)) return holding(lockPath, me);
  }
  throw locked(dataDir, "một tiến trình khác đang tiếp quản khóa");
}

/** Writes the whole record to a private file, then links it into place: EEXIST if a lock is there. */
function createLock(lockPath: string, me: LockHolder): boolean {
  const temp = `${lockPath}.${me.token}`;
  fs.writeFileSync(temp, `${JSON.stringify(me)}\n`, { mode: 0o644 });
  try {
    fs.linkSync(temp, lockPath);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    return false;
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

function readLock(lockPath: string): { text: string; holder: LockHolder | null; ageMs: number } | null {
  try {
    const text = fs.readFileSync(lockPath, "utf8");
    const ageMs = Date.now() - fs.statSync(lockPath).mtimeMs;
    return { text, holder: parseHolder(text), ageMs };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw err;
  }
}

function isStale(seen: { holder: LockHolder | null; ageMs: number }, me: LockHolder): boolean {
  const state = seen.holder ? holderState(seen.holder, me) : "unknown";
  if (state === "dead") return true;
  if (state === "alive") return false;
  return seen.ageMs > STALE_MS;
}

/** Only the racer that creates the takeover file may replace the lock, and only the one it judged stale. */
function takeOver(dataDir: string, lockPath: string, staleText: string, me: LockHolder): boolean {
  const takeoverPath = path.join(dataDir, TAKEOVER_FILE);
  let fd: number;
  try {
    fd = fs.openSync(takeoverPath, "wx");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    // A racer that died mid-takeover leaves its file; after STALE_MS it no longer blocks anyone.
    const age = Date.now() - (fs.statSync(takeoverPath, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > STALE_MS) fs.rmSync(takeoverPath, { force: true });
    return false;
  }
  try {
    fs.closeSync(fd);
    if (readLock(lockPath)?.text !== staleText) return false;
    fs.rmSync(lockPath, { force: true });
    return createLock(lockPath, me);
  } finally {
    fs.rmSync(takeoverPath, { force: true });
  }
}

function holding(lockPath: string, me: LockHolder): () => void {
  const beat = setInterval(() => {
    const now = new Date();
    try {
      fs.utimesSync(lockPath, now, now);
    } catch {
      // The release below or an operator removed it: nothing to keep alive.
    }
  }, HEARTBEAT_MS);
  beat.unref();
  let released = false;
  return () => {
    if (released) return;
    released = true;
    clearInterval(beat);
    // Never remove a lock someone else took over (after a long stop of this process, say).
    if (parseHolder(readLock(lockPath)?.text ?? "")?.token === me.token) fs.rmSync(lockPath, { force: true });
  };
}
