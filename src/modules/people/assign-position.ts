import { assignPositionInput } from "../../contracts/orgs";
import { parseInput } from "../../contracts/parse";
import type { Db } from "../../db/types";
import { AppError, notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { getOrganization as findOrganization } from "../orgs/find-organization";
import { assertCanManageCouncil } from "../orgs/policy";
import { findPerson, insertPosition } from "./repo";

/** Gives a person a dated post in an organisation; posts may overlap (one person, several posts at once). */
export async function assignPosition(args: { db: Db; actor: Actor; input: unknown }) {
  const input = parseInput(assignPositionInput, args.input);
  return args.db.transaction(async (tx) => {
    const person = await findPerson(tx, input.personId);
    if (!person) throw notFound("Cán bộ");
    assertCanManageCouncil(args.actor, person.councilId);
    const org = await findOrganization(tx, input.orgId);
    if (!org || org.councilId !== person.councilId) throw notFound("Tổ chức");
    if (input.validTo !== null && input.validTo < input.validFrom) {
      throw new AppError("validation", 400, "Ngày kết thúc phải sau ngày bắt đầu.", [
        { path: "validTo", message: "Phải sau ngày bắt đầu" },
      ]);
    }
    const position = await insertPosition(tx, { ...input, councilId: person.councilId });
    await recordAudit(tx, args.actor, {
      councilId: person.councilId,
      action: "create",
      entity: "position",
      entityId: position.id,
      after: input,
    });
    return position;
  });
}
