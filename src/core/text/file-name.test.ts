import { describe, expect, it } from "vitest";
import { contentDisposition } from "../../server/file-response";
import { cleanFileName } from "./file-name";

describe("file names shown to people", () => {
  it("lose folders, ../ and bidi overrides, and keep Vietnamese", () => {
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("..\\..\\Windows\\win.ini")).toBe("win.ini");
    expect(cleanFileName("bao-cao\u202Efdp.exe")).toBe("bao-caofdp.exe");
    expect(cleanFileName("\u2067Minh chứng\u2069 quý 3.pdf")).toBe("Minh chứng quý 3.pdf");
    expect(cleanFileName("Báo cáo quý 3.pdf")).toBe("Báo cáo quý 3.pdf");
    expect(cleanFileName("..")).toBe("tệp");
    expect(cleanFileName(".htaccess")).toBe("htaccess");
    expect(cleanFileName("dòng\r\nmới.pdf")).toBe("dòngmới.pdf");
    expect(cleanFileName("a\u0000b\ud800c 😀.pdf")).toBe("abc 😀.pdf");
  });

  it("keep the end of a very long name, where the extension is", () => {
    const name = `${"a".repeat(500)}.docx`;
    expect(cleanFileName(name)).toHaveLength(200);
    expect(cleanFileName(name).endsWith(".docx")).toBe(true);
  });

  it("are cleaned in the download header as well", () => {
    expect(contentDisposition("../x\u202Egpj.exe")).toBe(
      `attachment; filename="xgpj.exe"; filename*=UTF-8''xgpj.exe`,
    );
  });
});
