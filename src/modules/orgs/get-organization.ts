import type { OrgDetail } from "../../contracts/orgs";
import { pickAt, todayVn } from "../../core/orgs/dated";
import type { Db } from "../../db/types";
import { notFound } from "../../server/errors";
import type { Actor } from "../auth/actor";
import { clustersOfUnit } from "../clusters/clusters-of-unit";
import { positionsOfOrganization } from "../people/positions-of-org";
import { namesAt } from "./list-organizations";
import { assertCanReadCouncil } from "./policy";
import { findOrganization, linksOf, namesOf } from "./repo";

/** An organisation with its whole history: names, predecessors and successors, posts, clusters. */
export async function getOrganizationDetail(args: {
  db: Db;
  actor: Actor;
  orgId: string;
}): Promise<OrgDetail> {
  const org = await findOrganization(args.db, args.orgId);
  if (!org) throw notFound("Tổ chức");
  assertCanReadCouncil(args.actor, org.councilId);
  const names = (await namesOf(args.db, [org.id])).sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const current = pickAt(names, org.validTo ?? todayVn());
  const links = await linksOf(args.db, org.id);
  // Each linked organisation is named as it was on the day of the link.
  const linked = async (id: string, date: string) => (await namesAt(args.db, [id], date)).get(id)?.name ?? "";
  const predecessors = [];
  const successors = [];
  for (const l of links) {
    if (l.successorId === org.id) {
      predecessors.push({
        orgId: l.predecessorId,
        name: await linked(l.predecessorId, l.date),
        relation: l.relation,
        date: l.date,
      });
    } else {
      successors.push({
        orgId: l.successorId,
        name: await linked(l.successorId, l.date),
        relation: l.relation,
        date: l.date,
      });
    }
  }
  return {
    id: org.id,
    kind: org.kind,
    name: current?.name ?? org.code,
    shortName: current?.shortName ?? null,
    validFrom: org.validFrom,
    validTo: org.validTo,
    names: names.map((n) => ({
      name: n.name,
      shortName: n.shortName,
      validFrom: n.validFrom,
      validTo: n.validTo,
    })),
    predecessors,
    successors,
    positions: await positionsOfOrganization(args.db, org.id),
    clusters: await clustersOfUnit(args.db, org.id),
  };
}
