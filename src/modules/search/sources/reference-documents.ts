import { sql } from "drizzle-orm";
import type { SearchSource } from "../source";

/** The council's register of resolutions, directives and plans that tasks follow: everyone in the council. */
export const referenceDocumentSource: SearchSource = {
  kind: "document",
  label: "Văn bản",
  table: "reference_documents",
  id: sql`s.id`,
  title: sql`s.title`,
  body: sql`s.symbol || ' · ' || s.issuing_body`,
  doc: sql`s.title || ' ' || s.symbol || ' ' || s.issuing_body`,
  vector: sql`s.search_vector`,
  councilId: sql`s.council_id`,
  unitId: sql`NULL::uuid`,
  year: sql`extract(year FROM s.issued_on)::int`,
  url: () => "/nhiem-vu/van-ban",
  visible: () => sql`true`,
};
