import { createClusterInput } from "../../contracts/clusters";
import { parseInput } from "../../contracts/parse";
import type { Db } from "../../db/types";
import { conflict, forbidden } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import { type Actor, isCouncilAdmin } from "../auth/actor";
import { assertCanReadCouncil } from "../orgs/policy";
import { checkMembers } from "./check-members";
import { insertCluster, insertMembers } from "./repo";

/** Creates a cluster-year with its members, head and deputy. */
export async function createCluster(args: { db: Db; actor: Actor; input: unknown }) {
  const input = parseInput(createClusterInput, args.input);
  assertCanReadCouncil(args.actor, input.councilId, "Cơ quan");
  if (!isCouncilAdmin(args.actor, input.councilId)) throw forbidden();
  return args.db.transaction(async (tx) => {
    await checkMembers(tx, input.councilId, input.year, input.members);
    const { members, ...fields } = input;
    const cluster = await insertCluster(tx, fields);
    if (!cluster) throw conflict(`Mã cụm "${input.code}" đã có trong năm ${input.year}.`);
    await insertMembers(
      tx,
      members.map((m) => ({ ...m, clusterId: cluster.id, councilId: input.councilId })),
    );
    await recordAudit(tx, args.actor, {
      councilId: input.councilId,
      action: "create",
      entity: "cluster",
      entityId: cluster.id,
      after: input,
    });
    return cluster;
  });
}
