import { resetPasswordInput } from "../../contracts/accounts";
import { parseInput } from "../../contracts/parse";
import type { Db } from "../../db/types";
import { notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { hashPassword } from "../auth/password";
import { findUserById } from "../auth/repo";
import { endAllSessionsOf, forgetSessions } from "../auth/sessions";
import { requireResetAllowed } from "./policy";
import { councilsOfUser, lockUser, setPasswordHash } from "./repo";

/**
 * A council's admin sets a new password for another account (forgotten, or handed to someone else): the
 * account's every session ends, and each of its councils' audit chains records the reset (never the password).
 */
export async function resetPassword(args: {
  db: Db;
  actor: Actor;
  userId: string;
  input: unknown;
}): Promise<{ sessionsEnded: number }> {
  const { db, actor, userId } = args;
  const input = parseInput(resetPasswordInput, args.input);
  // Asked before hashing, so nobody makes the server hash for them without the right to.
  if (!(await findUserById(db, userId))) throw notFound("Tài khoản");
  requireResetAllowed(actor, userId, await councilsOfUser(db, userId));
  const passwordHash = await hashPassword(input.password);
  const ended = await db.transaction(async (tx) => {
    const user = await lockUser(tx, userId);
    if (!user) throw notFound("Tài khoản");
    // Grants may have changed while the password was hashed: decide again on the locked account.
    const councilIds = await councilsOfUser(tx, userId);
    requireResetAllowed(actor, userId, councilIds);
    await setPasswordHash(tx, userId, passwordHash);
    const ids = await endAllSessionsOf(tx, userId);
    for (const councilId of councilIds)
      await recordAudit(tx, actor, {
        councilId,
        action: "reset_password",
        entity: "user",
        entityId: userId,
        after: { username: user.username, sessionsEnded: ids.length },
      });
    return ids;
  });
  forgetSessions(db, ended);
  return { sessionsEnded: ended.length };
}
