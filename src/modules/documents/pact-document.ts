import type { Criterion } from "../../contracts/cluster-year";
import type { PactView } from "../../contracts/pacts";
import type { Block, OfficialDocument, Signature } from "../../core/documents";
import { maxPoints } from "../../core/scoring";
import { councilName, points, shortDate, vnDate } from "./document-frame";
import type { ClusterDocumentContext } from "./load-context";

const UNSIGNED_NAME = "……………………";
const KIND_TEXT = { bonus: "điểm thưởng", penalty: "điểm trừ" } as const;

function criteriaRows(list: readonly Criterion[], depth: number, rows: string[][]): string[][] {
  for (const c of list) {
    const max = c.method === undefined ? maxPoints([c]) : (c.max ?? null);
    const note = c.method === "bonus" || c.method === "penalty" ? ` (${KIND_TEXT[c.method]})` : "";
    rows.push([c.code, `${"    ".repeat(depth)}${c.title}${note}`, max === null ? "" : points(max)]);
    if (c.method === undefined) criteriaRows(c.children, depth + 1, rows);
  }
  return rows;
}

/** The signed pact (giao ước thi đua): its criteria table and a table of every member's signature. */
export function pactDocument(
  ctx: ClusterDocumentContext,
  pact: PactView,
  posts: ReadonlyMap<string, string | null>,
): OfficialDocument {
  const { name, year } = ctx.cluster;
  const body: Block[] = [
    {
      kind: "paragraph",
      text: `Thực hiện phong trào thi đua năm ${year}, các đơn vị thành viên ${name} thống nhất ký kết giao ước thi đua với các nội dung sau:`,
    },
    { kind: "heading", level: 1, text: "I. BẢNG TIÊU CHÍ, THANG ĐIỂM" },
    {
      kind: "table",
      columns: [
        { title: "Mã", width: 1.2, align: "center" },
        { title: "Tiêu chí", width: 7 },
        { title: "Điểm tối đa", width: 1.6, align: "right" },
      ],
      rows: criteriaRows(pact.criteria, 0, []),
      totalRow: ["", "Tổng điểm tối đa (không kể điểm thưởng, điểm trừ)", points(pact.maxPoints)],
    },
    { kind: "heading", level: 1, text: "II. TỔ CHỨC THỰC HIỆN" },
    {
      kind: "paragraph",
      text: `Các đơn vị cam kết thực hiện đầy đủ các nội dung đã giao ước; cuối năm tự chấm điểm theo bảng tiêu chí, được thẩm định và xếp hạng theo quy chế của cụm. Giao ước được lập thành văn bản, các đơn vị cùng ký.`,
    },
  ];
  // A member that has not signed yet gets the dotted line people write a name on, so the pact being signed
  // prints for signing by hand instead of being refused for a missing signer.
  const signatures: Signature[] = pact.members.map((m) => ({
    organization: m.name,
    position: posts.get(m.unitId) ?? "Đại diện đơn vị",
    name: m.signature?.signerName ?? UNSIGNED_NAME,
    note: m.signature ? `(Đã ký ngày ${shortDate(m.signature.signedAt)})` : "(Chưa ký)",
  }));
  const date = pact.lockedAt ? vnDate(pact.lockedAt) : ctx.date;
  return {
    layout: ctx.layout,
    header: { superiorBody: councilName(ctx), issuingBody: name },
    type: "pact",
    place: ctx.issuer?.place ?? "",
    date,
    subject: `Năm ${year}`,
    body,
    signatures,
    recipients: [`${councilName(ctx)} (để báo cáo)`, "Các đơn vị trong cụm", "Lưu cụm"],
    draft: pact.status !== "locked",
  };
}
