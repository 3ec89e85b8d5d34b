import type { DbOrTx } from "../../db/types";
import { positionsAtOrg } from "./repo";

/** Posts ever held in an organisation, oldest first. */
export async function positionsOfOrganization(db: DbOrTx, orgId: string) {
  const rows = await positionsAtOrg(db, orgId);
  return rows
    .map((r) => ({
      personId: r.position.personId,
      fullName: r.fullName,
      title: r.position.title,
      validFrom: r.position.validFrom,
      validTo: r.position.validTo,
    }))
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom));
}
