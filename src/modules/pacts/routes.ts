import type { Context } from "hono";
import type { AppEnv } from "../../server/context";
import { requireActor } from "../../server/context";
import { fileHeaders } from "../../server/file-response";
import { newRouter } from "../../server/router";
import { readUpload } from "../files/upload";
import { amendPact } from "./amend-pact";
import { attachPactScan, mayAttachPactScan } from "./attach-pact-scan";
import { createPact } from "./create-pact";
import { getPact } from "./get-pact";
import { listPactTemplates } from "./list-pact-templates";
import { openForSigning } from "./open-for-signing";
import { previewAmendment } from "./preview-amendment";
import { readPactScan } from "./read-pact-scan";
import {
  amendmentImpactRoute,
  amendRoute,
  attachScanRoute,
  createPactRoute,
  downloadScanRoute,
  getPactRoute,
  openSigningRoute,
  setTargetsRoute,
  signRoute,
  templatesRoute,
  updatePactRoute,
} from "./route-defs";
import { setUnitTargets } from "./set-unit-targets";
import { signPact } from "./sign-pact";
import { updatePact } from "./update-pact";

type Write = (args: {
  db: AppEnv["Variables"]["db"];
  actor: ReturnType<typeof requireActor>;
  clusterId: string;
  input: unknown;
}) => Promise<unknown>;

/** Runs one write, then answers with the fresh view (new version, what the actor may do next). */
async function writeThenView(c: Context<AppEnv>, clusterId: string, input: unknown, write: Write) {
  const actor = requireActor(c);
  const db = c.get("db");
  await write({ db, actor, clusterId, input });
  return { data: await getPact({ db, actor, clusterId }) };
}

export const pactRoutes = newRouter()
  .openapi(templatesRoute, async (c) => {
    requireActor(c);
    return c.json({ data: listPactTemplates() }, 200);
  })
  .openapi(getPactRoute, async (c) => {
    const actor = requireActor(c);
    return c.json(
      { data: await getPact({ db: c.get("db"), actor, clusterId: c.req.valid("param").id }) },
      200,
    );
  })
  .openapi(createPactRoute, async (c) =>
    c.json(await writeThenView(c, c.req.valid("param").id, c.req.valid("json"), createPact), 200),
  )
  .openapi(updatePactRoute, async (c) =>
    c.json(await writeThenView(c, c.req.valid("param").id, c.req.valid("json"), updatePact), 200),
  )
  .openapi(setTargetsRoute, async (c) =>
    c.json(await writeThenView(c, c.req.valid("param").id, c.req.valid("json"), setUnitTargets), 200),
  )
  .openapi(openSigningRoute, async (c) =>
    c.json(await writeThenView(c, c.req.valid("param").id, c.req.valid("json"), openForSigning), 200),
  )
  .openapi(signRoute, async (c) =>
    c.json(await writeThenView(c, c.req.valid("param").id, c.req.valid("json"), signPact), 200),
  )
  .openapi(amendRoute, async (c) =>
    c.json(await writeThenView(c, c.req.valid("param").id, c.req.valid("json"), amendPact), 200),
  )
  .openapi(amendmentImpactRoute, async (c) => {
    const data = await previewAmendment({
      db: c.get("db"),
      actor: requireActor(c),
      clusterId: c.req.valid("param").id,
      input: c.req.valid("json"),
    });
    return c.json({ data }, 200);
  })
  .openapi(attachScanRoute, async (c) => {
    const clusterId = c.req.valid("param").id;
    await mayAttachPactScan({ db: c.get("db"), actor: requireActor(c), clusterId });
    const { file } = await readUpload(c.req.raw, c.get("db"), {
      missingFile: "Cần chọn tệp bản scan (PDF hoặc ảnh)",
    });
    return c.json(
      await writeThenView(c, c.req.valid("param").id, file, ({ db, actor, clusterId }) =>
        attachPactScan({ db, actor, clusterId, file }),
      ),
      200,
    );
  })
  .openapi(downloadScanRoute, async (c) => {
    const actor = requireActor(c);
    const { id, fileId } = c.req.valid("param");
    const file = await readPactScan({ db: c.get("db"), actor, clusterId: id, fileId });
    return c.body(file.stream(), 200, fileHeaders(file));
  });
