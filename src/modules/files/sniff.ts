import { fileTypeFromBuffer } from "file-type";
import { AppError } from "../../server/errors";
import type { Sniff } from "../../server/multipart";

/** What evidence and scans may be: PDF, images, Word and Excel, old and new. */
const ALLOWED: Record<string, { mime: string; label: string }> = {
  pdf: { mime: "application/pdf", label: "PDF" },
  png: { mime: "image/png", label: "ảnh PNG" },
  jpg: { mime: "image/jpeg", label: "ảnh JPEG" },
  webp: { mime: "image/webp", label: "ảnh WebP" },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "Word" },
  xlsx: { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", label: "Excel" },
  cfb: { mime: "application/x-cfb", label: "Word/Excel 97-2003" },
};

const EXTENSIONS: Record<string, string[]> = {
  pdf: ["pdf"],
  png: ["png"],
  jpg: ["jpg", "jpeg"],
  webp: ["webp"],
  docx: ["docx"],
  xlsx: ["xlsx"],
  cfb: ["doc", "xls"],
};

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/**
 * Checks a file by its content, not its name: the bytes must be an allowed type, and the name's
 * extension must agree with them (a renamed program is refused). Returns the detected MIME type.
 */
export async function sniffAllowedType(
  name: string,
  bytes: Uint8Array,
  maxBytes = MAX_UPLOAD_BYTES,
): Promise<string> {
  if (bytes.byteLength === 0) throw uploadError(`Tệp "${name}" rỗng.`);
  if (bytes.byteLength > maxBytes) {
    throw uploadError(`Tệp "${name}" lớn hơn giới hạn ${Math.round(maxBytes / 1024 / 1024)} MB.`, 413);
  }
  const detected = await fileTypeFromBuffer(bytes);
  const kind = detected ? (detected.ext === "jpg" ? "jpg" : detected.ext) : undefined;
  const allowed = kind ? ALLOWED[kind] : undefined;
  if (!kind || !allowed) {
    throw uploadError(`Tệp "${name}" không phải PDF, ảnh, Word hay Excel (kiểm tra theo nội dung tệp).`, 415);
  }
  const ext = name.toLowerCase().split(".").at(-1) ?? "";
  if (!EXTENSIONS[kind]?.includes(ext)) {
    throw uploadError(
      `Tệp "${name}" có đuôi .${ext} nhưng nội dung là ${allowed.label}. Hãy đổi tên cho đúng.`,
      415,
    );
  }
  return allowed.mime;
}

/**
 * For streamed uploads: the same check from the file's first bytes, so a wrong type stops the upload
 * early. A head that is only "a ZIP" waits for the whole file: Word and Excel entries may come later.
 */
export const sniffUpload: Sniff = async (name, bytes, complete) => {
  if (!complete && (await fileTypeFromBuffer(bytes))?.ext === "zip") return undefined;
  return sniffAllowedType(name, bytes, Number.POSITIVE_INFINITY);
};

function uploadError(message: string, status: 400 | 413 | 415 = 400) {
  return new AppError("invalid_file", status, message, [{ path: "file", message }]);
}
