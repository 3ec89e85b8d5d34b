import type { Tx } from "../../db/types";
import { conflict, forbidden, notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { followHeadUnit } from "../auth/head-grants";
import { canCloneCluster } from "./policy";
import { findCluster, findClusterByCodeYear, membersOf, setMemberRole } from "./repo";

/**
 * Hands next year's head role to a unit, as a year-end meeting decided, inside the caller's transaction
 * (the decision and its effect commit together). The previous head of next year stays on as a member, and
 * the accounts acting as head next year become the new head unit's (auth/head-grants.ts).
 */
export async function handHeadRole(
  tx: Tx,
  actor: Actor,
  args: { clusterId: string; unitId: string },
): Promise<{ clusterId: string; year: number }> {
  const found = await findCluster(tx, args.clusterId);
  if (!found) throw notFound("Cụm thi đua");
  const source = found.cluster;
  if (!canCloneCluster(actor, source)) throw forbidden();
  const next = await findClusterByCodeYear(tx, source.councilId, source.code, source.year + 1);
  if (!next) throw conflict(`Chưa có cụm năm ${source.year + 1} để giao cụm trưởng.`);
  const members = await membersOf(tx, [next.id]);
  const target = members.find((m) => m.unitId === args.unitId);
  if (!target) throw conflict(`Đơn vị không thuộc cụm năm ${next.year}.`);
  const before = members.filter((m) => m.role === "head").map((m) => m.unitId);
  for (const m of members)
    if (m.role === "head" && m.unitId !== args.unitId) await setMemberRole(tx, next.id, m.unitId, "member");
  await setMemberRole(tx, next.id, args.unitId, "head");
  const headAccounts = await followHeadUnit(tx, next, args.unitId);
  await recordAudit(tx, actor, {
    councilId: source.councilId,
    action: "hand_head_role",
    entity: "cluster",
    entityId: next.id,
    before: { heads: before },
    after: { head: args.unitId, decidedIn: args.clusterId, headAccounts },
  });
  return { clusterId: next.id, year: next.year };
}
