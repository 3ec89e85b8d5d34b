import type ExcelJS from "exceljs";
import { AppError } from "../../server/errors";
import { assertSafeZip, XLSX_LIMITS, type ZipLimits } from "../files/zip-guard";
import { loadExcelJs } from "./xlsx";

/**
 * The one way thidua opens an uploaded .xlsx: exceljs inflates the whole archive in memory, so the
 * ZIP is first proved small by a streaming reader (413 for a zip bomb, 400 for what is not a workbook).
 */
export async function loadXlsx(
  bytes: Uint8Array,
  limits: ZipLimits = XLSX_LIMITS,
): Promise<ExcelJS.Workbook> {
  try {
    await assertSafeZip(bytes, limits);
  } catch (err) {
    // Not a ZIP at all: the same located refusal as any unreadable workbook; a bomb stays a 413.
    if (err instanceof AppError && err.status === 422) throw unreadable();
    throw err;
  }
  const wb = new (await loadExcelJs()).Workbook();
  try {
    await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  } catch {
    throw unreadable();
  }
  return wb;
}

function unreadable(): AppError {
  const message = "Không đọc được tệp Excel (.xlsx); hãy lưu lại bằng Excel rồi tải lên";
  return new AppError("validation", 400, `Phiếu chấm không hợp lệ, không nhập gì — (tệp): ${message}`, [
    { path: "(tệp)", message },
  ]);
}
