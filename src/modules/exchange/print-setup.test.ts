import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { newWorkbook, printSetup, titleRow, toBytes } from "./xlsx";

describe("printSetup", () => {
  it("prints A4 landscape, one page wide, with the header row on every page, as Excel reads it back", async () => {
    const wb = await newWorkbook();
    const ws = wb.addWorksheet("Xếp hạng");
    titleRow(ws, 1, "BẢNG XẾP HẠNG THI ĐUA NĂM 2020", 5, 14);
    ws.getRow(4).values = ["Hạng", "Đơn vị", "Tổng điểm"];
    printSetup(ws, 4, true);
    const back = new ExcelJS.Workbook();
    // The bytes alone: toBytes gives a view that may sit inside a larger, pooled ArrayBuffer.
    await back.xlsx.load((await toBytes(wb)).slice().buffer);
    const sheet = back.getWorksheet("Xếp hạng");
    expect(sheet?.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(sheet?.pageSetup.printTitlesRow).toBe("4:4");
    expect(sheet?.headerFooter.oddFooter).toBe("&CTrang &P/&N");
    expect(sheet?.getCell("A1").isMerged).toBe(true);
  });
});
