import { createHash, randomBytes } from "node:crypto";
import { loginInput } from "../../contracts/auth";
import { parseInput } from "../../contracts/parse";
import type { Db } from "../../db/types";
import { AppError } from "../../server/errors";
import { dummyHash, verifyPassword } from "./password";
import { findUserByUsername, insertSession, recordFailedLogin, resetFailedLogins } from "./repo";

export const SESSION_HOURS = 12;
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export const sessionIdOf = (token: string) => createHash("sha256").update(token).digest("hex");

const invalid = () => new AppError("invalid_credentials", 401, "Tên đăng nhập hoặc mật khẩu không đúng.");

/**
 * Checks the password and opens a session. After MAX_FAILED_LOGINS wrong passwords the account is
 * locked for LOCK_MINUTES; unknown users cost the same argon2 work as known ones.
 */
export async function login(args: { db: Db; input: unknown; now?: Date }) {
  const input = parseInput(loginInput, args.input);
  const now = args.now ?? new Date();
  const user = await findUserByUsername(args.db, input.username);
  if (!user) {
    await verifyPassword(await dummyHash(), input.password);
    throw invalid();
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    const minutes = Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 60_000);
    throw new AppError(
      "too_many_attempts",
      429,
      `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
    );
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    await recordFailedLogin(args.db, user.id, (failed) =>
      failed >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null,
    );
    throw invalid();
  }
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(32).toString("base64url");
  await args.db.transaction(async (tx) => {
    await resetFailedLogins(tx, user.id);
    await insertSession(tx, {
      id: sessionIdOf(token),
      userId: user.id,
      csrfToken,
      expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000),
    });
  });
  return { token, csrfToken, userId: user.id };
}
