import { changePasswordInput } from "../../contracts/accounts";
import { parseInput, validationError } from "../../contracts/parse";
import type { Db } from "../../db/types";
import { AppError, conflict, unauthenticated } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import { hashPassword, verifyPassword } from "./password";
import { deleteOtherSessions, findUserById, grantsOf, replacePasswordHash } from "./repo";
import { forgetSessions, type ResolvedSession } from "./sessions";
import { pairKey, throttlePasswordCheck } from "./throttle";
import { clearAttempts } from "./throttle-repo";

/**
 * Someone changes their own password, proving it with the current one. Their other sessions end (whoever
 * knew the old password is signed out), this one stays; each of their councils' audit chains records it.
 * Wrong guesses at the current password back off as sign-in's do (throttle.ts).
 */
export async function changePassword(args: {
  db: Db;
  session: ResolvedSession;
  input: unknown;
  address: string;
  now?: Date;
}): Promise<{ sessionsEnded: number }> {
  const { db, session } = args;
  const { actor } = session;
  const input = parseInput(changePasswordInput, args.input);
  const user = await findUserById(db, actor.userId);
  if (!user) throw unauthenticated();
  const verdict = await throttlePasswordCheck(db, args.address, user.username, args.now ?? new Date());
  if (!verdict.allowed)
    throw new AppError(
      "too_many_attempts",
      429,
      `Nhập sai mật khẩu quá nhiều lần. Vui lòng thử lại sau ${verdict.retryMinutes} phút.`,
    );
  if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
    throw validationError([{ path: "currentPassword", message: "Mật khẩu hiện tại không đúng" }]);
  const passwordHash = await hashPassword(input.newPassword);
  const ended = await db.transaction(async (tx) => {
    // Only over the hash just verified: a change that came in meanwhile is not silently overwritten.
    if (!(await replacePasswordHash(tx, user.id, user.passwordHash, passwordHash)))
      throw conflict("Mật khẩu vừa được đổi ở nơi khác. Vui lòng thử lại với mật khẩu mới nhất.");
    await clearAttempts(tx, pairKey(args.address, user.username));
    const ids = await deleteOtherSessions(tx, user.id, session.sessionId);
    const councilIds = [...new Set((await grantsOf(tx, user.id)).map((g) => g.grant.councilId))].sort();
    for (const councilId of councilIds)
      await recordAudit(tx, actor, {
        councilId,
        action: "change_password",
        entity: "user",
        entityId: user.id,
        after: { username: user.username, sessionsEnded: ids.length },
      });
    return ids;
  });
  forgetSessions(db, ended);
  return { sessionsEnded: ended.length };
}
