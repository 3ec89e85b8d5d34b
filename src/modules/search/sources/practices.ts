import { sql } from "drizzle-orm";
import { type SearchSource, TITLED_TEXT_FIELDS } from "../source";

/** Good practices: everyone in the council may read the library. */
export const practiceSource: SearchSource = {
  kind: "practice",
  label: "Mô hình, cách làm hay",
  table: "practices",
  ...TITLED_TEXT_FIELDS,
  url: (id) => `/mo-hinh-hay/${id}`,
  visible: () => sql`true`,
};
