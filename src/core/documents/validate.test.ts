import { describe, expect, it } from "vitest";
import type { OfficialDocument } from "./model";
import { validateDocument } from "./validate";

const complete: OfficialDocument = {
  layout: "party",
  header: { superiorBody: "TỈNH ỦY QUẢNG NINH", issuingBody: "BAN TUYÊN GIÁO" },
  type: "report",
  number: { number: null, issuerCode: "BTGTU" },
  place: "Hạ Long",
  date: "2020-11-24",
  subject: "Tổng kết công tác thi đua năm 2020",
  body: [{ kind: "paragraph", text: "Nội dung." }],
  signatures: [
    {
      capacity: { kind: "on_behalf", of: "BAN THƯỜNG VỤ" },
      position: "TRƯỞNG BAN",
      name: "Phan Thị Hải Hường",
    },
  ],
};

describe("validateDocument", () => {
  it("accepts a complete document, unnumbered before issue", () => {
    expect(validateDocument(complete)).toEqual([]);
  });

  it("names the missing issuer, date and signer in Vietnamese", () => {
    const issues = validateDocument({ ...complete, header: { issuingBody: " " }, date: "", signatures: [] });
    expect(issues).toEqual([
      { path: "header.issuingBody", message: "Thiếu tên cơ quan ban hành văn bản" },
      { path: "date", message: "Thiếu ngày ban hành văn bản" },
      { path: "signatures", message: "Thiếu người ký văn bản" },
    ]);
  });

  it("names a signer without a name and a date that does not exist", () => {
    const issues = validateDocument({
      ...complete,
      date: "2021-02-29",
      signatures: [{ position: "TRƯỞNG BAN", name: "" }],
    });
    expect(issues.map((i) => i.path)).toEqual(["date", "signatures[0].name"]);
  });

  it("refuses NUL characters and lone surrogates where they are", () => {
    const issues = validateDocument({
      ...complete,
      body: [
        { kind: "paragraph", text: "ok" },
        { kind: "list", marker: "dash", items: ["a", "b\u0000"] },
      ],
      recipients: ["x\uD800"],
    });
    expect(issues.map((i) => i.path)).toEqual(["body[1].items[1]", "recipients[0]"]);
  });
});
