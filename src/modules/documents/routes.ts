import type { Context } from "hono";
import type { OfficialDocument } from "../../core/documents";
import type { AppEnv } from "../../server/context";
import { requireActor } from "../../server/context";
import { fileHeaders } from "../../server/file-response";
import { newRouter } from "../../server/router";
import type { ClusterDocumentKind } from "./contracts";
import { getDocumentSettings, setDocumentIssuer, setDocumentSettings } from "./document-settings";
import { getClusterDocument } from "./get-cluster-document";
import { issueClusterDocument } from "./issue-document";
import { listClusterDocuments } from "./list-cluster-documents";
import { listClusterIssuers } from "./list-issuers";
import { proposalDossierPdf, proposalDossierZip } from "./proposal-dossier";
import { renderDocx } from "./render/render-docx";
import { renderPdf } from "./render/render-pdf";
import {
  dossierRoute,
  downloadRoute,
  getSettingsRoute,
  issueRoute,
  listIssuersRoute,
  listRoute,
  MIME,
  putIssuerRoute,
  putSettingsRoute,
} from "./route-defs";

const FILE_NAMES: Record<ClusterDocumentKind, string> = {
  pact: "giao-uoc",
  "year-end-report": "bao-cao-tong-ket",
  proposal: "to-trinh",
};

const send = (c: Context<AppEnv>, bytes: Uint8Array, name: string, mime: string) =>
  c.body(Buffer.from(bytes), 200, fileHeaders({ name, mime, size: bytes.byteLength }));

const render = (doc: OfficialDocument, format: "pdf" | "docx") =>
  format === "pdf" ? renderPdf(doc) : renderDocx(doc);

function addDownload(
  router: ReturnType<typeof newRouter>,
  kind: ClusterDocumentKind,
  format: "pdf" | "docx",
) {
  return router.openapi(downloadRoute(kind, format), async (c) => {
    const { doc, clusterCode, year } = await getClusterDocument({
      db: c.get("db"),
      actor: requireActor(c),
      clusterId: c.req.valid("param").id,
      kind,
      date: c.req.valid("query").date,
    });
    return send(
      c,
      await render(doc, format),
      `${FILE_NAMES[kind]}-${clusterCode}-${year}.${format}`,
      MIME[format],
    );
  });
}

const router = newRouter()
  .openapi(listRoute, async (c) => {
    const data = await listClusterDocuments({
      db: c.get("db"),
      actor: requireActor(c),
      clusterId: c.req.valid("param").id,
    });
    return c.json({ data }, 200);
  })
  .openapi(issueRoute, async (c) => {
    const { id, kind } = c.req.valid("param");
    const data = await issueClusterDocument({
      db: c.get("db"),
      actor: requireActor(c),
      clusterId: id,
      kind,
      input: c.req.valid("json"),
    });
    return c.json({ data }, 200);
  })
  .openapi(dossierRoute("pdf"), async (c) => {
    const args = {
      db: c.get("db"),
      actor: requireActor(c),
      clusterId: c.req.valid("param").id,
      date: c.req.valid("query").date,
    };
    const { bytes, filename } = await proposalDossierPdf(args);
    return send(c, bytes, filename, MIME.pdf);
  })
  .openapi(dossierRoute("zip"), async (c) => {
    const args = {
      db: c.get("db"),
      actor: requireActor(c),
      clusterId: c.req.valid("param").id,
      date: c.req.valid("query").date,
    };
    const { bytes, filename } = await proposalDossierZip(args);
    return send(c, bytes, filename, MIME.zip);
  })
  .openapi(getSettingsRoute, async (c) => {
    const data = await getDocumentSettings({
      db: c.get("db"),
      actor: requireActor(c),
      councilId: c.req.valid("param").id,
    });
    return c.json({ data }, 200);
  })
  .openapi(putSettingsRoute, async (c) => {
    const data = await setDocumentSettings({
      db: c.get("db"),
      actor: requireActor(c),
      councilId: c.req.valid("param").id,
      input: c.req.valid("json"),
    });
    return c.json({ data }, 200);
  })
  .openapi(listIssuersRoute, async (c) => {
    const data = await listClusterIssuers({
      db: c.get("db"),
      actor: requireActor(c),
      clusterId: c.req.valid("param").id,
    });
    return c.json({ data }, 200);
  })
  .openapi(putIssuerRoute, async (c) => {
    const data = await setDocumentIssuer({
      db: c.get("db"),
      actor: requireActor(c),
      orgId: c.req.valid("param").id,
      input: c.req.valid("json"),
    });
    return c.json({ data }, 200);
  });

for (const kind of ["pact", "year-end-report", "proposal"] as const) {
  addDownload(router, kind, "pdf");
  addDownload(router, kind, "docx");
}

/** The official documents: downloads (PDF, Word, dossier), issuing with a number, and the council's layout. */
export const documentRoutes = router;
