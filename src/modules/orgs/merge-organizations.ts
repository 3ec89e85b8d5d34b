import { mergeOrganizationsInput } from "../../contracts/orgs";
import { parseInput } from "../../contracts/parse";
import { dayBefore } from "../../core/orgs/dated";
import type { Db } from "../../db/types";
import { AppError } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { assertCanManageCouncil } from "./policy";
import { endOrganization, findOrganization, insertLink, insertOrganization } from "./repo";

/** Ends the predecessors the day before `date` and creates their successor, linked as "merged". */
export async function mergeOrganizations(args: { db: Db; actor: Actor; input: unknown }) {
  const input = parseInput(mergeOrganizationsInput, args.input);
  assertCanManageCouncil(args.actor, input.councilId);
  return args.db.transaction(async (tx) => {
    for (const [i, id] of input.predecessorIds.entries()) {
      const org = await findOrganization(tx, id);
      if (!org || org.councilId !== input.councilId || org.validTo !== null || org.validFrom >= input.date) {
        throw new AppError("validation", 400, "Tổ chức được sáp nhập không hợp lệ hoặc đã giải thể.", [
          {
            path: `predecessorIds[${i}]`,
            message: "Tổ chức không tồn tại, đã giải thể, hoặc thành lập sau ngày sáp nhập",
          },
        ]);
      }
      await endOrganization(tx, id, dayBefore(input.date));
    }
    const successor = await insertOrganization(
      tx,
      { councilId: input.councilId, kind: "unit", code: input.successor.code, validFrom: input.date },
      { name: input.successor.name, shortName: input.successor.shortName },
    );
    for (const id of input.predecessorIds) {
      await insertLink(tx, {
        councilId: input.councilId,
        predecessorId: id,
        successorId: successor.id,
        relation: "merged",
        date: input.date,
      });
    }
    await recordAudit(tx, args.actor, {
      councilId: input.councilId,
      action: "merge",
      entity: "organization",
      entityId: successor.id,
      after: input,
    });
    return successor;
  });
}
