import { createMeetingInput } from "../../contracts/meetings";
import { parseInput } from "../../contracts/parse";
import type { Db } from "../../db/types";
import { forbidden, notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { findClusterWithMembers } from "../clusters/find-cluster";
import { canSeeCluster } from "../clusters/policy";
import { getOrganization } from "../orgs/find-organization";
import { inviteDelegate } from "./add-delegate";
import { managesMeeting } from "./policy";
import { type DelegateRow, insertMeeting } from "./repo";

/** Convenes a meeting of a cluster; the chair and the secretary may be named at once, as delegates. */
export async function createMeeting(args: { db: Db; actor: Actor; input: unknown }) {
  const input = parseInput(createMeetingInput, args.input);
  return args.db.transaction(async (tx) => {
    const found = await findClusterWithMembers(tx, input.clusterId);
    if (!found || !canSeeCluster(args.actor, found.cluster, found.members)) throw notFound("Cụm thi đua");
    if (!managesMeeting(args.actor, found)) throw forbidden();
    const convener = await getOrganization(tx, input.convenerOrgId);
    if (!convener || convener.councilId !== found.cluster.councilId) throw notFound("Cơ quan triệu tập");
    const meeting = await insertMeeting(tx, {
      councilId: found.cluster.councilId,
      clusterId: input.clusterId,
      kind: input.kind,
      title: input.title,
      purpose: input.purpose,
      startsAt: new Date(input.startsAt),
      place: input.place,
      convenerOrgId: input.convenerOrgId,
    });
    await recordAudit(tx, args.actor, {
      councilId: meeting.councilId,
      action: "create",
      entity: "meeting",
      entityId: meeting.id,
      after: { ...input, chair: undefined, secretary: undefined },
    });
    const delegates: DelegateRow[] = [];
    for (const role of ["chair", "secretary"] as const) {
      const officer = input[role];
      if (!officer) continue;
      const scope = { meeting, cluster: found.cluster, members: found.members, delegates };
      const invite = { ...officer, unitId: null, votingRight: false, role };
      delegates.push(await inviteDelegate(tx, args.actor, scope, invite));
    }
    return meeting;
  });
}
