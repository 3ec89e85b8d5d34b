import type { OrgSummary } from "../../contracts/orgs";
import { isValidOn, pickAt, todayVn } from "../../core/orgs/dated";
import { compareVi } from "../../core/text/collate";
import type { Db, DbOrTx } from "../../db/types";
import { type Actor, visibleCouncilIds } from "../auth/actor";
import { listOrganizations, namesOf } from "./repo";

/** Organisations of the actor's councils that existed on `at`, named as on that day, in Vietnamese order. */
export async function listOrganizationsAt(args: {
  db: Db;
  actor: Actor;
  at?: string;
}): Promise<OrgSummary[]> {
  const at = args.at ?? todayVn();
  const orgs = (await listOrganizations(args.db, visibleCouncilIds(args.actor))).filter((o) =>
    isValidOn(o, at),
  );
  const names = await namesOf(
    args.db,
    orgs.map((o) => o.id),
  );
  return orgs
    .map((o) => {
      const name = pickAt(
        names.filter((n) => n.orgId === o.id),
        at,
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
