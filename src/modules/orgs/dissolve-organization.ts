import { z } from "zod";
import { isoDate } from "../../contracts/orgs";
import { parseInput } from "../../contracts/parse";
import type { Db } from "../../db/types";
import { AppError, notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { assertCanManageCouncil } from "./policy";
import { endOrganization, findOrganization } from "./repo";

const dissolveInput = z.object({ orgId: z.uuid(), lastDay: isoDate });

/** Ends an organisation on its last day; its history stays, and it receives nothing new after. */
export async function dissolveOrganization(args: { db: Db; actor: Actor; input: unknown }) {
  const input = parseInput(dissolveInput, args.input);
  return args.db.transaction(async (tx) => {
    const org = await findOrganization(tx, input.orgId);
    if (!org) throw notFound("Tổ chức");
    assertCanManageCouncil(args.actor, org.councilId);
    if (org.validTo !== null || input.lastDay < org.validFrom) {
      throw new AppError("validation", 400, "Tổ chức đã giải thể hoặc ngày không hợp lệ.", [
        { path: "lastDay", message: "Tổ chức đã giải thể hoặc ngày trước ngày thành lập" },
      ]);
    }
    await endOrganization(tx, org.id, input.lastDay);
    await recordAudit(tx, args.actor, {
      councilId: org.councilId,
      action: "dissolve",
      entity: "organization",
      entityId: org.id,
      before: { validTo: null },
      after: { validTo: input.lastDay },
    });
  });
}
