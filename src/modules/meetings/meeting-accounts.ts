import type { Db } from "../../db/types";
import { forbidden, notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import { type Actor, isCouncilAdmin } from "../auth/actor";
import { findClusterWithMembers } from "../clusters/find-cluster";
import { canSeeCluster } from "../clusters/policy";
import { postsOfPersonOn } from "../people/posts-on";
import { managesMeeting } from "./policy";
import { councilAccounts, isCouncilAccount, linkPersonAccount } from "./repo-accounts";

/**
 * The accounts a chair, a secretary or a delegate of this cluster's meetings may be linked to: the council's,
 * each with the register's person it belongs to. For those who prepare the cluster's meetings.
 */
export async function listMeetingAccounts(args: { db: Db; actor: Actor; clusterId: string }) {
  const found = await findClusterWithMembers(args.db, args.clusterId);
  if (!found || !canSeeCluster(args.actor, found.cluster, found.members)) throw notFound("Cụm thi đua");
  if (!managesMeeting(args.actor, found)) throw forbidden();
  return councilAccounts(args.db, found.cluster.councilId);
}

/** Records that a person of the register signs in with this account of the same council (council admins). */
export async function linkPersonToAccount(args: { db: Db; actor: Actor; personId: string; userId: string }) {
  return args.db.transaction(async (tx) => {
    const person = (await postsOfPersonOn(tx, args.personId, new Date().toISOString().slice(0, 10)))?.person;
    if (!person) throw notFound("Cán bộ");
    if (!isCouncilAdmin(args.actor, person.councilId)) throw forbidden();
    if (!(await isCouncilAccount(tx, person.councilId, args.userId))) throw notFound("Tài khoản");
    await linkPersonAccount(tx, { personId: person.id, councilId: person.councilId, userId: args.userId });
    await recordAudit(tx, args.actor, {
      councilId: person.councilId,
      action: "link_account",
      entity: "person",
      entityId: person.id,
      after: { userId: args.userId },
    });
  });
}
