import { sql } from "drizzle-orm";
import { type SearchSource, TITLED_TEXT_FIELDS } from "../source";
import { wideOrOwn } from "../visibility";

/** Public-opinion reports are for the council (admins, observers) and the unit that wrote them. */
export const opinionSource: SearchSource = {
  kind: "opinion",
  label: "Báo cáo dư luận xã hội",
  table: "opinion_reports",
  ...TITLED_TEXT_FIELDS,
  url: (id) => `/du-luan-xa-hoi/${id}`,
  visible: (actor) => wideOrOwn(actor, sql`s.council_id`, sql`s.unit_id`, true),
};
