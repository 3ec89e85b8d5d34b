import type { OfficialDocument } from "../../core/documents";
import type { Db } from "../../db/types";
import type { Actor } from "../auth/actor";
import { getClusterDocument } from "./get-cluster-document";
import { renderDocx } from "./render/render-docx";
import { renderPdfBundle } from "./render/render-pdf";
import { zipFiles } from "./zip";

/**
 * Minutes of the year-end conference, once the meetings capability is merged: it registers a source that
 * returns the approved minutes as an OfficialDocument (or null when there are none yet).
 */
export type MinutesSource = (args: {
  db: Db;
  actor: Actor;
  clusterId: string;
}) => Promise<OfficialDocument | null>;

let minutesSource: MinutesSource | null = null;
export function registerMinutesSource(source: MinutesSource): void {
  minutesSource = source;
}

/** The dossier to the council: the proposal, the year-end report and, when there are, the minutes. */
async function dossierDocuments(args: { db: Db; actor: Actor; clusterId: string; date?: string }) {
  const proposal = await getClusterDocument({ ...args, kind: "proposal" });
  const report = await getClusterDocument({ ...args, kind: "year-end-report" });
  const minutes = minutesSource ? await minutesSource(args) : null;
  const base = `${proposal.clusterCode}-${proposal.year}`;
  return [
    { name: `01-to-trinh-${base}.docx`, doc: proposal.doc },
    { name: `02-bao-cao-tong-ket-${base}.docx`, doc: report.doc },
    ...(minutes ? [{ name: `03-bien-ban-${base}.docx`, doc: minutes }] : []),
  ].map((d) => ({ ...d, base }));
}

/** The dossier as one PDF, each document from a new page. */
export async function proposalDossierPdf(args: { db: Db; actor: Actor; clusterId: string; date?: string }) {
  const docs = await dossierDocuments(args);
  const base = docs[0]?.base ?? "";
  const bytes = await renderPdfBundle(
    docs.map((d) => d.doc),
    `Hồ sơ đề nghị ${base}`,
  );
  return { bytes, filename: `ho-so-de-nghi-${base}.pdf` };
}

/** The dossier as a ZIP of Word files, numbered in reading order. */
export async function proposalDossierZip(args: { db: Db; actor: Actor; clusterId: string; date?: string }) {
  const docs = await dossierDocuments(args);
  const files = [];
  for (const d of docs) files.push({ name: d.name, bytes: await renderDocx(d.doc) });
  return { bytes: zipFiles(files), filename: `ho-so-de-nghi-${docs[0]?.base ?? ""}.zip` };
}
