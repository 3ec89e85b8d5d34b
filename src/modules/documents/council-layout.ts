import type { DocumentLayout } from "../../core/documents";
import type { DbOrTx } from "../../db/types";
import { findSettings } from "./repo";

/** The layout the council writes its documents in (Party unless it chose state), for other modules' documents. */
export async function councilDocumentLayout(db: DbOrTx, councilId: string): Promise<DocumentLayout> {
  return (await findSettings(db, councilId))?.layout ?? "party";
}
