import { parseSymbol } from "../../core/documents/parse-symbol";
import { requireActor } from "../../server/context";
import { newRouter } from "../../server/router";
import { createReferenceDocument } from "./create-reference-document";
import { getReferenceDocument, listReferenceDocumentsFor } from "./get-reference-document";
import {
  createDocumentRoute,
  getDocumentRoute,
  listDocumentsRoute,
  parseSymbolRoute,
  updateDocumentRoute,
} from "./route-defs";
import { updateReferenceDocument } from "./update-reference-document";

// "parse" is registered before "{id}" so it is never read as an id.
export const referenceDocumentRoutes = newRouter()
  .openapi(parseSymbolRoute, async (c) => {
    requireActor(c);
    return c.json({ data: parseSymbol(c.req.valid("query").symbol) }, 200);
  })
  .openapi(listDocumentsRoute, async (c) => {
    const actor = requireActor(c);
    const { q, councilId } = c.req.valid("query");
    return c.json({ data: await listReferenceDocumentsFor({ db: c.get("db"), actor, q, councilId }) }, 200);
  })
  .openapi(createDocumentRoute, async (c) => {
    const actor = requireActor(c);
    return c.json(
      { data: await createReferenceDocument({ db: c.get("db"), actor, input: c.req.valid("json") }) },
      200,
    );
  })
  .openapi(getDocumentRoute, async (c) => {
    const actor = requireActor(c);
    return c.json(
      { data: await getReferenceDocument({ db: c.get("db"), actor, id: c.req.valid("param").id }) },
      200,
    );
  })
  .openapi(updateDocumentRoute, async (c) => {
    const actor = requireActor(c);
    const data = await updateReferenceDocument({
      db: c.get("db"),
      actor,
      id: c.req.valid("param").id,
      input: c.req.valid("json"),
    });
    return c.json({ data }, 200);
  });
