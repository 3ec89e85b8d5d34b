import { validationError } from "../../contracts/parse";
import type { DbOrTx } from "../../db/types";
import { findReferenceDocument } from "./repo";

/** "Replaced by" points at another document of the same council, and never back into a loop. */
export async function checkReplacement(
  tx: DbOrTx,
  councilId: string,
  selfId: string | null,
  replacedById: string | null | undefined,
): Promise<void> {
  if (!replacedById) return;
  const problem = (message: string) => validationError([{ path: "replacedById", message }]);
  if (replacedById === selfId) throw problem("Văn bản không thể thay thế chính nó");
  let current = await findReferenceDocument(tx, replacedById);
  if (!current || current.councilId !== councilId) throw problem("Văn bản thay thế không tồn tại");
  const seen = new Set<string>();
  while (current?.replacedById && !seen.has(current.id)) {
    seen.add(current.id);
    if (current.replacedById === selfId) throw problem("Chuỗi thay thế bị vòng lặp");
    current = await findReferenceDocument(tx, current.replacedById);
  }
}
