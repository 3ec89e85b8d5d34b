import { renameOrganizationInput } from "../../contracts/orgs";
import { parseInput } from "../../contracts/parse";
import { dayBefore } from "../../core/orgs/dated";
import type { Db } from "../../db/types";
import { AppError, notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { assertCanManageCouncil } from "./policy";
import { closeOpenName, findOrganization, insertName, namesOf } from "./repo";

/** Renames from a date: the old name stays for the years before it. */
export async function renameOrganization(args: { db: Db; actor: Actor; input: unknown }) {
  const input = parseInput(renameOrganizationInput, args.input);
  return args.db.transaction(async (tx) => {
    const org = await findOrganization(tx, input.orgId);
    if (!org) throw notFound("Tổ chức");
    assertCanManageCouncil(args.actor, org.councilId);
    const names = await namesOf(tx, [org.id]);
    const current = names.find((n) => n.validTo === null);
    if (!current || org.validTo !== null) {
      throw new AppError("validation", 400, "Tổ chức đã giải thể, không thể đổi tên.", [
        { path: "orgId", message: "Tổ chức đã giải thể" },
      ]);
    }
    if (input.date <= current.validFrom) {
      throw new AppError("validation", 400, `Ngày đổi tên phải sau ${current.validFrom}.`, [
        { path: "date", message: `Phải sau ngày ${current.validFrom}` },
      ]);
    }
    await closeOpenName(tx, org.id, dayBefore(input.date));
    await insertName(tx, {
      councilId: org.councilId,
      orgId: org.id,
      name: input.name,
      shortName: input.shortName,
      validFrom: input.date,
      validTo: null,
    });
    await recordAudit(tx, args.actor, {
      councilId: org.councilId,
      action: "rename",
      entity: "organization",
      entityId: org.id,
      before: { name: current.name, shortName: current.shortName },
      after: { name: input.name, shortName: input.shortName, from: input.date },
    });
  });
}
