import { describe, expect, it } from "vitest";
import { htmlToBlocks } from "./html-blocks";

describe("htmlToBlocks", () => {
  it("keeps paragraphs, emphasis and line breaks as the report's author typed them", () => {
    expect(
      htmlToBlocks(
        "<p>Tổ chức <strong>45</strong> hội nghị &amp; <em>lớp học</em>.</p><p>Dòng một<br />Dòng hai</p>",
      ),
    ).toEqual([
      {
        kind: "paragraph",
        text: [
          { text: "Tổ chức " },
          { text: "45", bold: true },
          { text: " hội nghị & " },
          { text: "lớp học", italic: true },
          { text: "." },
        ],
      },
      { kind: "paragraph", text: "Dòng một" },
      { kind: "paragraph", text: "Dòng hai" },
    ]);
  });

  it("turns lists, sub-headings and tables into their blocks", () => {
    const html =
      "<h3>a) Tuyên truyền</h3><ul><li>Đăng 1.450 tin, bài</li><li><b>33</b> điểm nắm dư luận</li></ul>" +
      "<ol><li>Một</li></ol>" +
      "<table><thead><tr><th>Nội dung</th><th>Số lượng</th></tr></thead><tbody><tr><td>Hội nghị</td><td>62</td></tr><tr><td>Lớp</td></tr></tbody></table>";
    expect(htmlToBlocks(html)).toEqual([
      { kind: "heading", level: 3, text: "a) Tuyên truyền" },
      {
        kind: "list",
        marker: "dash",
        items: ["Đăng 1.450 tin, bài", [{ text: "33", bold: true }, { text: " điểm nắm dư luận" }]],
      },
      { kind: "list", marker: "decimal", items: ["Một"] },
      {
        kind: "table",
        columns: [
          { title: "Nội dung", width: 1 },
          { title: "Số lượng", width: 1 },
        ],
        rows: [
          ["Hội nghị", "62"],
          ["Lớp", ""],
        ],
      },
    ]);
  });

  it("reads the editor's list items (paragraphs inside items) and flattens a pasted nested list", () => {
    const html =
      "<ol><li><p>Một <strong>hai</strong></p><p>ba</p></li>" +
      "<li><p>Bốn</p><ul><li><p>Năm</p></li><li><p>Sáu<br>bảy</p></li></ul></li></ol>";
    expect(htmlToBlocks(html)).toEqual([
      {
        kind: "list",
        marker: "decimal",
        items: [[{ text: "Một " }, { text: "hai", bold: true }, { text: " ba" }], "Bốn", "Năm", "Sáu bảy"],
      },
    ]);
  });

  it("reads loose text and numeric entities, and drops empty paragraphs", () => {
    expect(htmlToBlocks("Văn bản &#7889; rời<p> </p><p>&nbsp;</p>")).toEqual([
      { kind: "paragraph", text: "Văn bản ố rời" },
    ]);
    expect(htmlToBlocks("")).toEqual([]);
  });
});
