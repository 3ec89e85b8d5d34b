import { randomBytes } from "node:crypto";
import { loginInput } from "../../contracts/auth";
import { parseInput } from "../../contracts/parse";
import type { Db } from "../../db/types";
import { AppError } from "../../server/errors";
import { dummyHash, verifyPassword } from "./password";
import { findUserByUsername, insertSession } from "./repo";
import { pruneSessions, sessionIdOf } from "./sessions";
import { addressKey, pairKey, throttleSignIn } from "./throttle";
import { clearAttempts, insertAuthEvent, uncountAttempt } from "./throttle-repo";

export const SESSION_HOURS = 12;

export { sessionIdOf } from "./sessions";

const invalid = () => new AppError("invalid_credentials", 401, "Tên đăng nhập hoặc mật khẩu không đúng.");
const throttled = (minutes: number) =>
  new AppError(
    "too_many_attempts",
    429,
    `Đăng nhập sai quá nhiều lần từ máy này. Vui lòng thử lại sau ${minutes} phút.`,
  );

/**
 * Checks the password and opens a session. Every attempt does the same work whatever the name and
 * whether it is throttled: one user lookup and one argon2 verification (against a dummy hash when the
 * name is unknown or the attempt is refused), and one auth_events row. So the answers and their cost
 * do not tell which usernames exist.
 */
export async function login(args: {
  db: Db;
  input: unknown;
  address: string;
  now?: Date;
  idleMinutes?: number;
}) {
  const input = parseInput(loginInput, args.input);
  const now = args.now ?? new Date();
  const verdict = await throttleSignIn(args.db, args.address, input.username, now);
  const user = await findUserByUsername(args.db, input.username);
  const hash = verdict.allowed && user ? user.passwordHash : await dummyHash();
  const passwordOk = await verifyPassword(hash, input.password);
  const event = { username: input.username, userId: user?.id ?? null, address: args.address, at: now };
  if (!verdict.allowed) {
    await insertAuthEvent(args.db, { ...event, kind: "sign_in_throttled" });
    throw throttled(verdict.retryMinutes);
  }
  if (!user || !passwordOk) {
    await insertAuthEvent(args.db, {
      ...event,
      kind: "sign_in_failed",
      detail: user ? "password" : "unknown",
    });
    throw invalid();
  }
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(32).toString("base64url");
  await args.db.transaction(async (tx) => {
    await clearAttempts(tx, pairKey(args.address, input.username));
    await uncountAttempt(tx, addressKey(args.address));
    await insertSession(tx, {
      id: sessionIdOf(token),
      userId: user.id,
      csrfToken,
      expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000),
      lastSeenAt: now,
    });
    await insertAuthEvent(tx, { ...event, kind: "sign_in" });
  });
  await pruneSessions(args.db, now, args.idleMinutes);
  return { token, csrfToken, userId: user.id };
}
