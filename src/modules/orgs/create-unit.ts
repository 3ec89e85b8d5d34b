import { createUnitInput } from "../../contracts/orgs";
import { parseInput } from "../../contracts/parse";
import type { Db } from "../../db/types";
import { conflict } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { assertCanManageCouncil } from "./policy";
import { findOrganizationsByCode, insertOrganization } from "./repo";

/** Adds a member unit (đơn vị) to a council, valid from a date. */
export async function createUnit(args: { db: Db; actor: Actor; input: unknown }) {
  const input = parseInput(createUnitInput, args.input);
  assertCanManageCouncil(args.actor, input.councilId);
  return args.db.transaction(async (tx) => {
    const sameCode = await findOrganizationsByCode(tx, input.councilId, input.code);
    if (sameCode.some((o) => o.validTo === null)) throw conflict(`Mã đơn vị "${input.code}" đang được dùng.`);
    const org = await insertOrganization(
      tx,
      { councilId: input.councilId, kind: "unit", code: input.code, validFrom: input.validFrom },
      { name: input.name, shortName: input.shortName },
    );
    await recordAudit(tx, args.actor, {
      councilId: input.councilId,
      action: "create",
      entity: "organization",
      entityId: org.id,
      after: input,
    });
    return org;
  });
}
