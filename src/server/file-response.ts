import { cleanFileName } from "../core/text/file-name";

/** RFC 6266 / 5987: an ASCII fallback and the exact UTF-8 name, so "Báo cáo quý 3.pdf" survives. */
export function contentDisposition(
  name: string,
  disposition: "attachment" | "inline" = "attachment",
): string {
  const clean = cleanFileName(name);
  const ascii = clean
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7e]|["\\]/g, "_");
  const encoded = encodeURIComponent(clean).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** PDFs and images open in the browser; Word and Excel files download. */
const opensInline = (mime: string) => mime === "application/pdf" || mime.startsWith("image/");

/** Headers for sending a stored file: its type, size and name, never cached by shared caches. */
export function fileHeaders(file: { name: string; mime: string; size: number }): Record<string, string> {
  return {
    "content-type": file.mime,
    "content-length": String(file.size),
    "content-disposition": contentDisposition(file.name, opensInline(file.mime) ? "inline" : "attachment"),
    "cache-control": "private, no-store",
    "x-content-type-options": "nosniff",
  };
}
