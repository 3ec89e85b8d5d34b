import type { OrgSummary } from "../../contracts/orgs";
import { type Dated, endOfYear, isValidOn, pickAt, todayVn } from "../../core/orgs/dated";
import { compareVi } from "../../core/text/collate";
import type { Db, DbOrTx } from "../../db/types";
import { type Actor, visibleCouncilIds } from "../auth/actor";
import { listOrganizations, namesOf } from "./repo";

/**
 * Organisations of the actor's councils in Vietnamese order: those that existed on `at`, named as on that day;
 * or, given a year, those that existed at any time in it, named as at its end (or on their last day).
 */
export async function listOrganizationsAt(args: {
  db: Db;
  actor: Actor;
  at?: string;
  year?: number;
}): Promise<OrgSummary[]> {
  const year = args.year;
  const at = args.at ?? (year ? endOfYear(year) : todayVn());
  const exists = (o: Dated) =>
    year
      ? o.validFrom <= endOfYear(year) && (o.validTo === null || o.validTo >= `${year}-01-01`)
      : isValidOn(o, at);
  const orgs = (await listOrganizations(args.db, visibleCouncilIds(args.actor))).filter(exists);
  const names = await namesOf(
    args.db,
    orgs.map((o) => o.id),
  );
  return orgs
    .map((o) => {
      const day = o.validTo !== null && o.validTo < at ? o.validTo : at;
      const name = pickAt(
        names.filter((n) => n.orgId === o.id),
        day,
      );
      return {
        id: o.id,
        kind: o.kind,
        name: name?.name ?? o.code,
        shortName: name?.shortName ?? null,
        validFrom: o.validFrom,
        validTo: o.validTo,
      };
    })
    .sort((a, b) => (a.kind === b.kind ? compareVi(a.name, b.name) : a.kind === "council" ? -1 : 1));
}

/** Names of organisations as on a date, for any module that shows a past year "as it was then". */
export async function namesAt(
  db: DbOrTx,
  orgIds: string[],
  at: string,
): Promise<Map<string, { name: string; shortName: string | null }>> {
  const names = await namesOf(db, orgIds);
  const out = new Map<string, { name: string; shortName: string | null }>();
  for (const id of orgIds) {
    const n = pickAt(
      names.filter((r) => r.orgId === id),
      at,
    );
    if (n) out.set(id, { name: n.name, shortName: n.shortName });
  }
  return out;
}
