import { sql } from "drizzle-orm";
import { type SearchSource, TITLED_TEXT_FIELDS } from "../source";
import { wideOrOwn } from "../visibility";

/** Unit reports: submitted and accepted ones for the council; drafts and returned ones for their unit only. */
export const reportSource: SearchSource = {
  kind: "report",
  label: "Báo cáo đơn vị",
  table: "reports",
  ...TITLED_TEXT_FIELDS,
  url: (id) => `/bao-cao/${id}`,
  visible: (actor) =>
    sql`(s.status IN ('submitted', 'accepted') OR ${wideOrOwn(actor, sql`s.council_id`, sql`s.unit_id`, false)})`,
};
