import { createUserInput } from "../../contracts/auth";
import { parseInput } from "../../contracts/parse";
import type { Db } from "../../db/types";
import { conflict, forbidden } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import { type Actor, isCouncilAdmin } from "./actor";
import { hashPassword } from "./password";
import { insertGrants, insertUser } from "./repo";

/** Creates an account with its roles; a council admin may only grant roles in their own council. */
export async function createUser(args: { db: Db; actor: Actor; input: unknown }) {
  const input = parseInput(createUserInput, args.input);
  if (!input.grants.every((g) => isCouncilAdmin(args.actor, g.councilId))) throw forbidden();
  const passwordHash = await hashPassword(input.password);
  return args.db.transaction(async (tx) => {
    const user = await insertUser(tx, {
      username: input.username,
      displayName: input.displayName,
      passwordHash,
    });
    if (!user) throw conflict(`Tên đăng nhập "${input.username}" đã có người dùng.`);
    await insertGrants(
      tx,
      input.grants.map((g) => ({ ...g, userId: user.id })),
    );
    for (const councilId of new Set(input.grants.map((g) => g.councilId))) {
      await recordAudit(tx, args.actor, {
        councilId,
        action: "create",
        entity: "user",
        entityId: user.id,
        after: {
          username: input.username,
          displayName: input.displayName,
          grants: input.grants.filter((g) => g.councilId === councilId),
        },
      });
    }
    return { id: user.id, username: user.username };
  });
}
