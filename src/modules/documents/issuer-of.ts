import { pickAt } from "../../core/orgs/dated";
import type { DbOrTx } from "../../db/types";
import { positionsOfOrganization } from "../people/positions-of-org";
import { findIssuer, organizationWithNames } from "./repo";

export type Issuer = {
  orgId: string;
  /** The organisation's name on that date, as people write it. */
  name: string;
  superiorBody: string | null;
  issuingBody: string;
  symbol: string;
  place: string;
};

/**
 * How an organisation heads its documents: its configured issuer line, else its name that day, its code
 * as symbol and its short name as place (validation then names what is still missing).
 */
export async function issuerOf(db: DbOrTx, orgId: string, date: string): Promise<Issuer | null> {
  const found = await organizationWithNames(db, orgId);
  if (!found) return null;
  const name = pickAt(found.names, date);
  const configured = await findIssuer(db, orgId);
  if (configured) {
    return {
      orgId,
      name: name?.name ?? configured.issuingBody,
      superiorBody: configured.superiorBody,
      issuingBody: configured.issuingBody,
      symbol: configured.symbol,
      place: configured.place,
    };
  }
  return {
    orgId,
    name: name?.name ?? found.org.code,
    superiorBody: null,
    issuingBody: name?.name ?? "",
    symbol: found.org.code,
    place: name?.shortName ?? "",
  };
}

/** Who heads the organisation on that date: the holder of a "Trưởng …" post, else the first post held then. */
export async function headOf(
  db: DbOrTx,
  orgId: string,
  date: string,
): Promise<{ name: string; title: string } | null> {
  const posts = (await positionsOfOrganization(db, orgId)).filter(
    (p) => p.validFrom <= date && (p.validTo === null || p.validTo >= date),
  );
  const head = posts.find((p) => /^trưởng/i.test(p.title)) ?? posts[0];
  return head ? { name: head.fullName, title: head.title } : null;
}
