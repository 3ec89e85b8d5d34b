import type { DocumentTypeKey, OfficialDocument, Signature } from "../../core/documents";
import { dayInVietnam } from "../../core/orgs/dated";
import type { ClusterDocumentContext } from "./load-context";

/** "98,50": points as Vietnamese write them, two decimals as scores are defined. */
export const points = (n: number): string => n.toFixed(2).replace(".", ",");

/** The calendar day in Asia/Ho_Chi_Minh of an instant ("2020-02-14T02:00:00Z" → "2020-02-14"). */
export const vnDate = (instant: string): string => dayInVietnam(instant);

/** "14/02/2020" from an instant, as tables write dates. */
export const shortDate = (instant: string): string => vnDate(instant).split("-").reverse().join("/");

/** Paragraphs typed with blank lines between them. */
export const paragraphsOf = (text: string | undefined): string[] =>
  (text ?? "")
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p.length > 0);

/** The cluster head signs for the cluster ("T/M CỤM THI ĐUA / CỤM TRƯỞNG"). */
export function headSignature(ctx: ClusterDocumentContext): Signature[] {
  return [
    {
      capacity: { kind: "on_behalf", of: "Cụm thi đua" },
      position: "Cụm trưởng",
      name: ctx.signer?.name ?? "",
    },
  ];
}

/** The header, number (blank until issued), place and date every cluster document shares. */
export function clusterFrame(
  ctx: ClusterDocumentContext,
  type: DocumentTypeKey,
): Pick<OfficialDocument, "layout" | "header" | "type" | "number" | "place" | "date" | "draft"> {
  return {
    layout: ctx.layout,
    header: {
      ...(ctx.issuer?.superiorBody ? { superiorBody: ctx.issuer.superiorBody } : {}),
      issuingBody: ctx.issuer?.issuingBody ?? "",
    },
    type,
    number: { number: null, issuerCode: ctx.issuer?.symbol ?? "" },
    place: ctx.issuer?.place ?? "",
    date: ctx.date,
    draft: true,
  };
}

/** The addressee and first recipient: the council, by the name it had on the document's date. */
export const councilName = (ctx: ClusterDocumentContext): string => ctx.council?.name ?? ctx.councilName;
