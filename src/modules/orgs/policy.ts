import { forbidden, notFound } from "../../server/errors";
import { type Actor, isCouncilAdmin, visibleCouncilIds } from "../auth/actor";

/** Anyone with a role in a council may read its organisations and people; others must not learn they exist. */
export function assertCanReadCouncil(actor: Actor, councilId: string, what = "Tổ chức"): void {
  const ids = visibleCouncilIds(actor);
  if (ids !== null && !ids.includes(councilId)) throw notFound(what);
}

/** Only the council's admins change its organisations. */
export function assertCanManageCouncil(actor: Actor, councilId: string): void {
  assertCanReadCouncil(actor, councilId);
  if (!isCouncilAdmin(actor, councilId)) throw forbidden();
}
