import { parseInput, validationError } from "../../contracts/parse";
import { replicationInput } from "../../contracts/practices";
import type { Db } from "../../db/types";
import { conflict, forbidden, notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { getOrganization } from "../orgs/find-organization";
import { editsUnit, seesCouncil } from "./policy";
import { findPractice, insertReplication, replicationsOf } from "./repo";

/** Another unit records that it adopted a practice (nhân rộng): when, and with what result. Once per unit. */
export async function recordReplication(args: { db: Db; actor: Actor; practiceId: string; input: unknown }) {
  const input = parseInput(replicationInput, args.input);
  return args.db.transaction(async (tx) => {
    const practice = await findPractice(tx, args.practiceId, { lock: true });
    if (!practice || !seesCouncil(args.actor, practice.councilId)) throw notFound("Mô hình");
    const unit = await getOrganization(tx, input.unitId);
    if (!unit || unit.councilId !== practice.councilId || unit.kind !== "unit") {
      throw validationError([{ path: "unitId", message: "Đơn vị không tồn tại" }]);
    }
    if (unit.id === practice.unitId) {
      throw validationError([
        { path: "unitId", message: "Đơn vị có mô hình không tự ghi nhân rộng cho mình" },
      ]);
    }
    if (!editsUnit(args.actor, practice.councilId, unit.id)) throw forbidden();
    const existing = await replicationsOf(tx, [practice.id]);
    if (existing.some((r) => r.unitId === unit.id)) {
      throw conflict("Đơn vị này đã ghi nhận áp dụng mô hình; mỗi đơn vị ghi một lần.");
    }
    const row = await insertReplication(tx, {
      councilId: practice.councilId,
      practiceId: practice.id,
      unitId: unit.id,
      adoptedOn: input.adoptedOn,
      result: input.result,
      createdBy: args.actor.kind === "user" ? args.actor.userId : null,
    });
    await recordAudit(tx, args.actor, {
      councilId: practice.councilId,
      action: "replicate",
      entity: "practice",
      entityId: practice.id,
      after: { replicationId: row.id, ...input },
    });
    return row;
  });
}
