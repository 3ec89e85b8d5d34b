import type ExcelJS from "exceljs";

// Shared bits of the Excel files thidua writes: one look, numbers as numbers, and the download headers.

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** Two decimals, as the scores are defined (scoring.md); Excel shows the reader's decimal comma. */
export const POINTS_FORMAT = "0.00";
/** Points taken off: stored as the positive amount of scoring.md, shown with a minus sign (0 stays 0.00). */
export const PENALTY_FORMAT = '"−"0.00;"−"0.00;0.00';

/**
 * exceljs is loaded the first time a workbook is made or read, not when the server starts: it is about
 * 27 MiB of a server's memory that most processes never use.
 */
export async function loadExcelJs(): Promise<typeof ExcelJS> {
  return (await import("exceljs")).default;
}

export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = new (await loadExcelJs()).Workbook();
  wb.creator = "thidua";
  wb.created = new Date();
  return wb;
}

/** A bold, shaded, wrapped header row with thin borders. */
export function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  row.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDE6F0" } };
    cell.border = thinBorder;
  });
}

export const thinBorder = {
  top: { style: "thin" as const },
  left: { style: "thin" as const },
  bottom: { style: "thin" as const },
  right: { style: "thin" as const },
};

/** A title line across the first columns. */
export function titleRow(ws: ExcelJS.Worksheet, rowNo: number, text: string, span: number, size = 13): void {
  ws.mergeCells(rowNo, 1, rowNo, span);
  const cell = ws.getCell(rowNo, 1);
  cell.value = text;
  cell.font = { bold: true, size };
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
}

export async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = (await wb.xlsx.writeBuffer()) as unknown as Uint8Array;
  return new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength);
}

/** Content-Disposition for a download whose name may hold Vietnamese letters. */
export function attachment(filename: string): string {
  const ascii = filename
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\w.-]+/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export const sheetName = (name: string): string => name.replace(/[:\\/?*[\]]/g, "_").slice(0, 31);

/**
 * What a user sets by hand before printing a table: A4, landscape when it is wide, one page wide
 * (as many pages long as needed), the header row repeated on every page, page numbers in the footer.
 */
export function printSetup(ws: ExcelJS.Worksheet, headerRow: number, landscape: boolean): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: landscape ? "landscape" : "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter.oddFooter = "&CTrang &P/&N";
}
