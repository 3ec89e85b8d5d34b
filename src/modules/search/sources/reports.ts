import { sql } from "drizzle-orm";
import type { SearchSource } from "../source";
import { wideOrOwn } from "../visibility";

/** Unit reports: submitted and accepted ones for the council; drafts and returned ones for their unit only. */
export const reportSource: SearchSource = {
  kind: "report",
  label: "Báo cáo đơn vị",
  table: "reports",
  id: sql`s.id`,
  title: sql`s.title`,
  body: sql`s.search_text`,
  doc: sql`s.title || ' ' || s.search_text`,
  vector: sql`s.search_vector`,
  councilId: sql`s.council_id`,
  unitId: sql`s.unit_id`,
  year: sql`s.year`,
  url: (id) => `/bao-cao/${id}`,
  visible: (actor) =>
    sql`(s.status IN ('submitted', 'accepted') OR ${wideOrOwn(actor, sql`s.council_id`, sql`s.unit_id`, false)})`,
};
