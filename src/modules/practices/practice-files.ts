import type { Db, Tx } from "../../db/types";
import { forbidden, notFound } from "../../server/errors";
import type { UploadedFile } from "../../server/multipart";
import type { Actor } from "../auth/actor";
import { readFile } from "../files/list-files";
import { withBlob } from "../files/put-blob";
import { type StoredFile, storeFile } from "../files/store-file";
import { assertWithinQuota } from "../files/unit-quota";
import { PRACTICE_FILE_ENTITY } from "./get-practice";
import { editsUnit, seesCouncil } from "./policy";
import { findPractice } from "./repo";

/** Evidence of a practice (photos, documents), checked by content; its unit or the council. */
type Where = { db: Db; actor: Actor; practiceId: string };

async function checkPractice(tx: Tx, args: Where, size: number) {
  const p = await findPractice(tx, args.practiceId, { lock: true });
  if (!p || !seesCouncil(args.actor, p.councilId)) throw notFound("Mô hình");
  if (!editsUnit(args.actor, p.councilId, p.unitId)) throw forbidden();
  await assertWithinQuota(tx, p.unitId, size);
  return p;
}

/** Before reading an upload's body: 404/403, or 413 when the unit's quota is already used up. */
export async function mayAttachPracticeFile(args: Where): Promise<void> {
  await args.db.transaction((tx) => checkPractice(tx, args, 0));
}

export async function attachPracticeFile(args: Where & { file: UploadedFile }): Promise<StoredFile> {
  return withBlob(args.db, args.file, async (tx) => {
    const p = await checkPractice(tx, args, args.file.size);
    return storeFile(tx, args.actor, {
      councilId: p.councilId,
      entity: PRACTICE_FILE_ENTITY,
      entityId: p.id,
      file: args.file,
    });
  });
}

export async function readPracticeFile(args: { db: Db; actor: Actor; practiceId: string; fileId: string }) {
  const p = await findPractice(args.db, args.practiceId);
  if (!p || !seesCouncil(args.actor, p.councilId)) throw notFound("Mô hình");
  const file = await readFile(args.db, args.fileId);
  if (!file || file.entity !== PRACTICE_FILE_ENTITY || file.entityId !== p.id) throw notFound("Tệp");
  return file;
}
