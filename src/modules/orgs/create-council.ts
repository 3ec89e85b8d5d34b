import { createCouncilInput } from "../../contracts/orgs";
import { parseInput } from "../../contracts/parse";
import { councils } from "../../db/schema";
import type { Db } from "../../db/types";
import { conflict, forbidden } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { insertOrganization } from "./repo";

/** Creates a leading agency (the tenant) and its own organisation record. Only the system (CLI, set-up) may. */
export async function createCouncil(args: { db: Db; actor: Actor; input: unknown }) {
  const input = parseInput(createCouncilInput, args.input);
  if (args.actor.kind !== "system") throw forbidden();
  return args.db.transaction(async (tx) => {
    const [council] = await tx
      .insert(councils)
      .values({ code: input.code, name: input.name })
      .onConflictDoNothing()
      .returning();
    if (!council) throw conflict(`Mã cơ quan "${input.code}" đã được dùng.`);
    const org = await insertOrganization(
      tx,
      { councilId: council.id, kind: "council", code: input.code, validFrom: input.validFrom },
      { name: input.name, shortName: input.shortName },
    );
    await recordAudit(tx, args.actor, {
      councilId: council.id,
      action: "create",
      entity: "council",
      entityId: council.id,
      after: { ...input, orgId: org.id },
    });
    return { councilId: council.id, orgId: org.id };
  });
}
