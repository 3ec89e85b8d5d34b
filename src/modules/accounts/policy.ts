import { AppError, forbidden, notFound } from "../../server/errors";
import { type Actor, isCouncilAdmin } from "../auth/actor";

// Accounts are the council's admins' to manage. Whoever has no role in a council is not told it exists.

const inCouncil = (actor: Actor, councilId: string) =>
  actor.kind === "system" || actor.grants.some((g) => g.councilId === councilId);

/** Listing and creating a council's accounts: its admins; 403 for its other accounts, 404 for everyone else. */
export function requireAccountsAdmin(actor: Actor, councilId: string): void {
  if (isCouncilAdmin(actor, councilId)) return;
  if (inCouncil(actor, councilId)) throw forbidden();
  throw notFound("Cơ quan chủ trì");
}

/**
 * Resetting another account's password: the actor must administer every council in which the target holds a
 * grant, or one council's admin could take over an account that acts in another council. 404 when the actor
 * administers none of them (the account is not theirs to know), 403 when only some; never one's own (403).
 */
export function requireResetAllowed(actor: Actor, targetId: string, targetCouncilIds: readonly string[]) {
  if (actor.kind === "user" && actor.userId === targetId)
    throw new AppError(
      "forbidden",
      403,
      "Không đặt lại mật khẩu của chính mình ở đây: hãy dùng Đổi mật khẩu (cần mật khẩu hiện tại).",
    );
  const administered = targetCouncilIds.filter((id) => isCouncilAdmin(actor, id));
  if (administered.length === 0) throw notFound("Tài khoản");
  if (administered.length < targetCouncilIds.length) throw forbidden();
}
