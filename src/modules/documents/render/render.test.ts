import { describe, expect, it } from "vitest";
import { pdfFonts, pdfPages, pdfText, unzipEntries } from "../test-files";
import { renderDocx } from "./render-docx";
import { renderPdf } from "./render-pdf";
import { sampleDocument, VIETNAMESE_LETTERS } from "./sample-document";

const squash = (s: string) => s.replace(/\s+/g, " ");

describe("PDF", () => {
  it("sets the Party header, number, date in words and signature as Guidance 36 writes them", async () => {
    const text = squash(pdfText(await renderPdf(sampleDocument("party")), "sample-party"));
    for (const line of [
      "TỈNH ỦY QUẢNG NINH",
      "BAN TUYÊN GIÁO",
      "ĐẢNG CỘNG SẢN VIỆT NAM",
      "Số 127-BC/BTGTU",
      "Hạ Long, ngày 24 tháng 11 năm 2020",
      "BÁO CÁO",
      "K/T TRƯỞNG BAN",
      "PHÓ TRƯỞNG BAN THƯỜNG TRỰC",
      "Trương Công Ngàn",
      "Nơi nhận:",
    ])
      expect(text).toContain(line);
    expect(text).not.toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(pdfPages("sample-party")).toBeGreaterThanOrEqual(2);
  });

  it("sets the national motto and the state number form of Decree 30", async () => {
    const text = squash(pdfText(await renderPdf(sampleDocument("state")), "sample-state"));
    for (const line of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH",
      "SỞ NỘI VỤ",
      "Số: 127/BC-SNV",
      "Hạ Long, ngày 24 tháng 11 năm 2020",
      "KT. TRƯỞNG BAN",
    ])
      expect(text).toContain(line);
    expect(text).not.toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    pdfPages("sample-state");
  });

  it("embeds only Liberation Serif and keeps every Vietnamese letter as text", async () => {
    const text = pdfText(await renderPdf(sampleDocument("party")), "sample-letters");
    const compact = text.replace(/\s+/g, "");
    expect(compact).toContain(VIETNAMESE_LETTERS);
    expect(compact).toContain(VIETNAMESE_LETTERS.toLocaleUpperCase("vi"));
    const fonts = pdfFonts("sample-letters");
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) {
      expect(f.name).toMatch(/LiberationSerif/);
      expect(f.embedded).toBe(true);
    }
  });

  it("wraps a long unbroken cell and a long paragraph onto more pages instead of cutting them", async () => {
    const doc = sampleDocument("party");
    const word = "Nghịquyết".repeat(40);
    doc.body = [
      { kind: "paragraph", text: "Đoạn văn rất dài. ".repeat(900) },
      { kind: "table", columns: [{ title: "Nội dung", width: 1 }], rows: [[word]] },
    ];
    const text = pdfText(await renderPdf(doc), "sample-long");
    expect(pdfPages("sample-long")).toBeGreaterThanOrEqual(5);
    expect(text.replace(/\s+/g, "")).toContain(word);
    expect(text.match(/Đoạn\s+văn\s+rất\s+dài\./g)?.length).toBe(900);
  });
});

describe("DOCX", () => {
  it("holds the header as a two-column borderless table, in Times New Roman 13-15 pt on A4", async () => {
    const entries = await unzipEntries(await renderDocx(sampleDocument("party")));
    const xml = entries.get("word/document.xml")?.toString("utf8") ?? "";
    const styles = entries.get("word/styles.xml")?.toString("utf8") ?? "";
    const firstTable = xml.slice(xml.indexOf("<w:tbl>"), xml.indexOf("</w:tbl>"));
    expect(firstTable.match(/<w:gridCol /g)?.length).toBe(2);
    expect(firstTable).toContain('w:val="none"');
    for (const line of ["TỈNH ỦY QUẢNG NINH", "BAN TUYÊN GIÁO", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 127-BC/BTGTU"])
      expect(firstTable).toContain(line);
    expect(firstTable).toContain("Hạ Long, ngày 24 tháng 11 năm 2020");
    // The motto is bold 15 pt (30 half-points) with a rule (bottom border) beneath it.
    expect(firstTable).toMatch(
      /<w:pBdr><w:bottom [^>]*w:val="single"[^>]*\/><\/w:pBdr>.*?<w:b\/>.*?<w:sz w:val="30"\/>.*?ĐẢNG CỘNG SẢN VIỆT NAM/s,
    );
    expect(xml).toMatch(/<w:i\/>.*?Hạ Long, ngày 24/s);
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(styles).toMatch(/<w:sz w:val="28"\/>/);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar [^>]*w:left="1701"/);
    expect(xml).toContain(VIETNAMESE_LETTERS);
  });

  it("writes the state motto and drops control characters Word cannot read", async () => {
    const doc = sampleDocument("state");
    doc.body = [{ kind: "paragraph", text: "Trước\u0007sau" }];
    const xml = (await unzipEntries(await renderDocx(doc))).get("word/document.xml")?.toString("utf8") ?? "";
    expect(xml).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(xml).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(xml).toContain("Số: 127/BC-SNV");
    expect(xml).toContain("KT. TRƯỞNG BAN");
    expect(xml).toContain("Trướcsau");
  });
});
