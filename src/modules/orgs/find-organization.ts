import type { DbOrTx } from "../../db/types";
import { findOrganization } from "./repo";

/** An organisation's row, for other modules that must check membership and validity dates. */
export const getOrganization = (db: DbOrTx, id: string) => findOrganization(db, id);
