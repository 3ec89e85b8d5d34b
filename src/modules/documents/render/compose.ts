import {
  type Block,
  DOCUMENT_TYPES,
  formatNumberLine,
  LAYOUT_RULES,
  type OfficialDocument,
  placeAndDate,
  type Signature,
} from "../../../core/documents";
import { textWidth } from "./fonts";
import { LAYOUT_SPECS, type LayoutSpec, MM_TO_PT, type TextStyle } from "./layout-spec";

/** A line as both renderers set it; `ruleBelowPt` draws a centred rule of that width beneath it. */
export type Line = { text: string; style: TextStyle; ruleBelowPt?: number };

/** A document resolved against its layout: every header line written out, rules sized; body blocks as given. */
export type Composed = {
  spec: LayoutSpec;
  headerLeft: Line[];
  headerRight: Line[];
  numberLine: Line | null;
  placeDateLine: Line;
  title: Line[];
  addressees: Line[];
  body: Block[];
  signatures: { titles: string[]; name: string; note: string | null }[];
  recipients: { label: Line; items: Line[] } | null;
  draftNote: string | null;
};

const upper = (s: string) => s.trim().toLocaleUpperCase("vi");
const widthOf = (line: { text: string; style: TextStyle }) =>
  textWidth(line.text, line.style.size, line.style.bold);

export function composeDocument(doc: OfficialDocument): Composed {
  const spec = LAYOUT_SPECS[doc.layout];
  const [leftMm, rightMm] = spec.headerColumnsMm;
  const leftPt = leftMm * MM_TO_PT;
  const textPt = (leftMm + rightMm) * MM_TO_PT;

  const headerLeft: Line[] = [];
  if (doc.header.superiorBody)
    headerLeft.push({ text: upper(doc.header.superiorBody), style: spec.superiorBody });
  const issuer: Line = { text: upper(doc.header.issuingBody), style: spec.issuingBody };
  headerLeft.push(issuer);
  if (spec.belowIssuer === "star") headerLeft.push({ text: "*", style: spec.issuingBody });
  else issuer.ruleBelowPt = Math.max(40, Math.min(widthOf(issuer), leftPt) * 0.4);

  const headerRight: Line[] = spec.motto.map((m) => ({ ...m }));
  const lastMotto = headerRight[headerRight.length - 1];
  if (lastMotto) lastMotto.ruleBelowPt = widthOf(lastMotto);

  const title: Line[] = [{ text: DOCUMENT_TYPES[doc.type].name, style: spec.type }];
  if (doc.subject) {
    const subject: Line = { text: doc.subject.trim(), style: spec.subject };
    title.push(subject);
    if (spec.belowSubject === "dashes") title.push({ text: "-----", style: spec.subject });
    else subject.ruleBelowPt = Math.max(60, Math.min(widthOf(subject), textPt) / 3);
  }

  const marks = LAYOUT_RULES[doc.layout].capacityMark;
  const signatureTitles = (s: Signature): string[] => [
    ...(s.organization ? [upper(s.organization)] : []),
    ...(s.capacity ? [`${marks[s.capacity.kind]} ${upper(s.capacity.of)}`] : []),
    upper(s.position),
  ];

  return {
    spec,
    headerLeft,
    headerRight,
    numberLine: doc.number
      ? { text: formatNumberLine(doc.layout, doc.type, doc.number), style: spec.number }
      : null,
    placeDateLine: { text: placeAndDate(doc.place, doc.date, doc.layout), style: spec.placeDate },
    title,
    addressees: (doc.addressees ?? []).map((a, i) => ({
      text: i === 0 ? `Kính gửi: ${a}` : a,
      style: { size: spec.body },
    })),
    body: doc.body,
    signatures: doc.signatures.map((s) => ({
      titles: signatureTitles(s),
      name: s.name.trim(),
      note: s.note ?? null,
    })),
    recipients:
      doc.recipients && doc.recipients.length > 0
        ? {
            label: { text: "Nơi nhận:", style: spec.recipientsLabel },
            items: doc.recipients.map((r) => ({ text: `- ${r}`, style: spec.recipients })),
          }
        : null,
    draftNote: doc.draft ? "DỰ THẢO" : null,
  };
}

/** "1. ", "a) ", "- ": the marker of the i-th item of a list. */
export function listMarker(marker: "decimal" | "alpha" | "dash", i: number): string {
  switch (marker) {
    case "decimal":
      return `${i + 1}. `;
    case "alpha":
      return `${"abcdđeghiklmnopqrstuvxy"[i % 23]}) `;
    case "dash":
      return "- ";
  }
}
