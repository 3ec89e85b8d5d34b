import { sql } from "drizzle-orm";
import type { SearchSource } from "../source";
import { wideOrOwn } from "../visibility";

/** Public-opinion reports are for the council (admins, observers) and the unit that wrote them. */
export const opinionSource: SearchSource = {
  kind: "opinion",
  label: "Báo cáo dư luận xã hội",
  table: "opinion_reports",
  id: sql`s.id`,
  title: sql`s.title`,
  body: sql`s.search_text`,
  doc: sql`s.title || ' ' || s.search_text`,
  vector: sql`s.search_vector`,
  councilId: sql`s.council_id`,
  unitId: sql`s.unit_id`,
  year: sql`s.year`,
  url: (id) => `/du-luan-xa-hoi/${id}`,
  visible: (actor) => wideOrOwn(actor, sql`s.council_id`, sql`s.unit_id`, true),
};
