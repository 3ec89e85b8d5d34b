import type { DocumentLayout, OfficialDocument } from "../../../core/documents";

/** Every Vietnamese letter, lower and upper case, with its tone marks: what a font must hold. */
export const VIETNAMESE_LETTERS =
  "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ";

/** A document that uses every block and every letter, for tests and the benchmark. */
export function sampleDocument(layout: DocumentLayout): OfficialDocument {
  const long =
    "Phát huy vai trò nêu gương của cán bộ, đảng viên trong việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; ".repeat(
      6,
    );
  return {
    layout,
    header:
      layout === "party"
        ? { superiorBody: "Tỉnh ủy Quảng Ninh", issuingBody: "Ban Tuyên giáo" }
        : { superiorBody: "Ủy ban nhân dân tỉnh Quảng Ninh", issuingBody: "Sở Nội vụ" },
    type: "report",
    number: { number: 127, issuerCode: layout === "party" ? "BTGTU" : "SNV" },
    place: "Hạ Long",
    date: "2020-11-24",
    subject:
      "Tổng kết công tác thi đua năm 2020 và phương hướng, nhiệm vụ năm 2021 của Cụm thi đua Ban Tuyên giáo các thị ủy, thành ủy",
    body: [
      { kind: "heading", level: 1, text: "I. KẾT QUẢ THỰC HIỆN" },
      { kind: "paragraph", text: long },
      {
        kind: "paragraph",
        text: [
          { text: "Chữ cái: " },
          { text: VIETNAMESE_LETTERS, bold: true },
          { text: ` ${VIETNAMESE_LETTERS.toLocaleUpperCase("vi")}`, italic: true },
        ],
      },
      { kind: "heading", level: 2, text: "1. Công tác tuyên truyền" },
      { kind: "list", marker: "dash", items: ["Tổ chức 1.234 buổi sinh hoạt chính trị.", long] },
      { kind: "heading", level: 3, text: "a) Kết quả chấm điểm" },
      {
        kind: "table",
        columns: [
          { title: "Hạng", width: 1, align: "center" },
          { title: "Đơn vị", width: 5 },
          { title: "Tổng điểm", width: 2, align: "right" },
        ],
        rows: [
          ["1", "Ban Tuyên giáo Thành ủy Hạ Long", "98,50"],
          ["2", "Ban Tuyên giáo Thị ủy Đông Triều", "97,25"],
          ["3", `Đơn vị có tên rất dài: ${long}`, "90,00"],
        ],
      },
      { kind: "list", marker: "alpha", items: ["Thứ nhất", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm"] },
    ],
    signatures: [
      {
        capacity: { kind: "deputy_for", of: "Trưởng ban" },
        position: "Phó Trưởng ban Thường trực",
        name: "Trương Công Ngàn",
      },
    ],
    recipients: ["Ban Thường vụ Tỉnh ủy (để b/c)", "Các đơn vị trong cụm", "Lưu Văn phòng Ban"],
  };
}
