import type { Db } from "../../db/types";
import { forbidden, notFound } from "../../server/errors";
import type { UploadedFile } from "../../server/multipart";
import type { Actor } from "../auth/actor";
import { readFile } from "../files/list-files";
import { withBlob } from "../files/put-blob";
import { type StoredFile, storeFile } from "../files/store-file";
import { PRACTICE_FILE_ENTITY } from "./get-practice";
import { editsUnit, seesCouncil } from "./policy";
import { findPractice } from "./repo";

/** Evidence of a practice (photos, documents), checked by content; its unit or the council. */
export async function attachPracticeFile(args: {
  db: Db;
  actor: Actor;
  practiceId: string;
  file: UploadedFile;
}): Promise<StoredFile> {
  return withBlob(args.db, args.file, async (tx) => {
    const p = await findPractice(tx, args.practiceId, { lock: true });
    if (!p || !seesCouncil(args.actor, p.councilId)) throw notFound("Mô hình");
    if (!editsUnit(args.actor, p.councilId, p.unitId)) throw forbidden();
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
