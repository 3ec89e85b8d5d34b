import { requireActor } from "../../server/context";
import { newRouter } from "../../server/router";
import { createAccount } from "./create-account";
import { listAccounts } from "./list-accounts";
import { resetPassword } from "./reset-password";
import { createAccountRoute, listAccountsRoute, resetPasswordRoute } from "./route-defs";

export const accountRoutes = newRouter()
  .openapi(listAccountsRoute, async (c) => {
    const actor = requireActor(c);
    const data = await listAccounts({ db: c.get("db"), actor, councilId: c.req.valid("param").id });
    return c.json({ data }, 200);
  })
  .openapi(createAccountRoute, async (c) => {
    const actor = requireActor(c);
    const data = await createAccount({
      db: c.get("db"),
      actor,
      councilId: c.req.valid("param").id,
      input: c.req.valid("json"),
    });
    return c.json({ data }, 201);
  })
  .openapi(resetPasswordRoute, async (c) => {
    const actor = requireActor(c);
    const data = await resetPassword({
      db: c.get("db"),
      actor,
      userId: c.req.valid("param").id,
      input: c.req.valid("json"),
    });
    return c.json({ data }, 200);
  });
