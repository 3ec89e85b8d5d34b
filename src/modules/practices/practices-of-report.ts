import type { DbOrTx } from "../../db/types";
import { practicesOfReportRows } from "./repo";

/** The practices recorded from a report (the caller has checked the report is visible). */
export const practicesOfReport = (db: DbOrTx, reportId: string) => practicesOfReportRows(db, reportId);
