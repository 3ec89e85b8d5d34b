import type { DbOrTx } from "../../db/types";
import { findOrganization, findOrganizations } from "./repo";

/** An organisation's row, for other modules that must check membership and validity dates. */
export const getOrganization = (db: DbOrTx, id: string) => findOrganization(db, id);

/** Several organisations' rows in one query, by id (missing ids are left out). */
export const getOrganizations = (db: DbOrTx, ids: string[]) => findOrganizations(db, ids);
