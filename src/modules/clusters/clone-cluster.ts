import { cloneClusterInput } from "../../contracts/clusters";
import { parseInput } from "../../contracts/parse";
import type { Db } from "../../db/types";
import { AppError, conflict, forbidden, notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { followHeadUnit } from "../auth/head-grants";
import { getOrganization } from "../orgs/find-organization";
import { canCloneCluster, canSeeCluster } from "./policy";
import { findCluster, insertCluster, insertMembers, membersOf } from "./repo";

/**
 * Starts next year's cluster from this one: same kind, code and name, the members still active that year
 * with their roles (the year-end meeting may hand the head role on). Dissolved units are left out. The head
 * unit's accounts act as head of the new year too (auth/head-grants.ts).
 */
export async function cloneCluster(args: { db: Db; actor: Actor; clusterId: string; input: unknown }) {
  const input = parseInput(cloneClusterInput, args.input);
  return args.db.transaction(async (tx) => {
    const found = await findCluster(tx, args.clusterId);
    if (!found) throw notFound("Cụm thi đua");
    const source = found.cluster;
    const members = await membersOf(tx, [source.id]);
    if (!canSeeCluster(args.actor, source, members)) throw notFound("Cụm thi đua");
    if (!canCloneCluster(args.actor, source)) throw forbidden();
    if (input.year <= source.year) {
      throw new AppError("validation", 400, `Năm mới phải sau năm ${source.year}.`, [
        { path: "year", message: `Phải sau năm ${source.year}` },
      ]);
    }
    const active = [];
    for (const m of members) {
      const org = await getOrganization(tx, m.unitId);
      if (org && (org.validTo === null || org.validTo >= `${input.year}-01-01`)) active.push(m);
    }
    const cluster = await insertCluster(tx, {
      councilId: source.councilId,
      kind: source.kind,
      code: source.code,
      name: source.name,
      shortName: source.shortName,
      year: input.year,
      previousId: source.id,
    });
    if (!cluster) throw conflict(`Cụm "${source.code}" đã có trong năm ${input.year}.`);
    await insertMembers(
      tx,
      active.map((m) => ({ councilId: m.councilId, clusterId: cluster.id, unitId: m.unitId, role: m.role })),
    );
    const head = active.find((m) => m.role === "head")?.unitId ?? null;
    const headAccounts = await followHeadUnit(tx, cluster, head);
    await recordAudit(tx, args.actor, {
      councilId: source.councilId,
      action: "clone",
      entity: "cluster",
      entityId: cluster.id,
      after: { from: source.id, year: input.year, members: active.map((m) => m.unitId), headAccounts },
    });
    return cluster;
  });
}
