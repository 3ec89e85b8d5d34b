import type { Readable } from "node:stream";
import yauzl, { type Entry, type ZipFile } from "yauzl";
import { AppError } from "../../server/errors";

/** How much a ZIP (an .xlsx, a .docx) may hold once inflated; what it is for decides the figures. */
export type ZipLimits = { maxEntries: number; maxTotalBytes: number };

/** A scoring sheet of 100 units × 300 criteria inflates to a few MB; 64 MB is generous and still safe. */
export const XLSX_LIMITS: ZipLimits = { maxEntries: 1000, maxTotalBytes: 64 * 1024 * 1024 };

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

function tooBig(what: string): AppError {
  const message = `Tệp nén quá lớn khi giải nén (${what}); có thể là "bom nén". Hãy lưu lại tệp bằng Excel rồi tải lên.`;
  return new AppError("too_large", 413, message, [{ path: "file", message }]);
}

function unreadable(): AppError {
  const message = "Không đọc được tệp nén (.xlsx/.docx); hãy lưu lại bằng Excel hoặc Word rồi tải lên";
  return new AppError("unprocessable", 422, message, [{ path: "file", message }]);
}

/**
 * Proves a ZIP is safe to hand to a reader that inflates everything in memory (exceljs): the entry
 * count and the declared sizes are capped from the central directory, then every entry is inflated
 * as a stream and counted, because declared sizes can lie. Nothing inflated is kept: at most one
 * chunk is in memory at a time. 413 when it is too big, 422 when it is not a readable ZIP.
 */
export async function assertSafeZip(bytes: Uint8Array, limits: ZipLimits): Promise<void> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zip: ZipFile;
  try {
    // Our own count is the check on sizes: it answers 413, where yauzl's would be a bare stream error.
    zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: false });
  } catch {
    throw unreadable();
  }
  try {
    if (zip.entryCount > limits.maxEntries)
      throw tooBig(`${zip.entryCount} mục, tối đa ${limits.maxEntries}`);
    const entries = await listEntries(zip);
    const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
    if (declared > limits.maxTotalBytes) throw tooBig(`${mb(declared)}, tối đa ${mb(limits.maxTotalBytes)}`);
    let inflated = 0;
    for (const entry of entries) {
      if (entry.fileName.endsWith("/")) continue;
      inflated = await drain(zip, entry, inflated, limits.maxTotalBytes);
    }
  } finally {
    zip.close();
  }
}

function listEntries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on("entry", (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.once("end", () => resolve(entries));
    zip.once("error", () => reject(unreadable()));
    zip.readEntry();
  });
}

/** Inflates one entry, counting bytes; stops at the cap whatever the entry declared. */
async function drain(zip: ZipFile, entry: Entry, before: number, cap: number): Promise<number> {
  let stream: Readable;
  try {
    stream = await zip.openReadStreamPromise(entry);
  } catch {
    throw unreadable();
  }
  let total = before;
  try {
    for await (const chunk of stream) {
      total += (chunk as Buffer).byteLength;
      if (total > cap) throw tooBig(`hơn ${mb(cap)}`);
    }
  } catch (err) {
    stream.destroy();
    if (err instanceof AppError) throw err;
    throw unreadable();
  }
  return total;
}
