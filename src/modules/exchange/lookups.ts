import type { Db } from "../../db/types";
import { allCouncils, clustersByCodeYear } from "./repo";

// Look-ups for the command line, which runs as the system and names things by code.

/** Every council: id, code, name. */
export const listCouncils = (db: Db) => allCouncils(db);

/** The clusters with this code in this year, in any council. */
export const findClustersByCodeYear = (db: Db, code: string, year: number) =>
  clustersByCodeYear(db, code, year);
