import { sql } from "drizzle-orm";
import type { SearchSource } from "../source";

/** Good practices: everyone in the council may read the library. */
export const practiceSource: SearchSource = {
  kind: "practice",
  label: "Mô hình, cách làm hay",
  table: "practices",
  id: sql`s.id`,
  title: sql`s.title`,
  body: sql`s.search_text`,
  doc: sql`s.title || ' ' || s.search_text`,
  vector: sql`s.search_vector`,
  councilId: sql`s.council_id`,
  unitId: sql`s.unit_id`,
  year: sql`s.year`,
  url: (id) => `/mo-hinh-hay/${id}`,
  visible: () => sql`true`,
};
