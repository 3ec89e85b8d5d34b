import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import yauzl from "yauzl";

// Test helpers: read generated files back with independent tools (poppler, yauzl), and keep the page
// images in test-results/documents/ (a CI artifact) for a person to look at.

export const ARTIFACTS = join(process.cwd(), "test-results", "documents");

/** The PDF's text as poppler extracts it (reading order, no layout). */
export function pdfText(bytes: Uint8Array, name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
}

/** Renders every page to PNG beside the PDF; returns how many pages there were. */
export function pdfPages(name: string): number {
  const file = join(ARTIFACTS, `${name}.pdf`);
  execFileSync("pdftoppm", ["-r", "50", "-png", file, join(ARTIFACTS, name)]);
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** The fonts the PDF uses, as pdffonts lists them: name and whether embedded. */
export function pdfFonts(name: string): { name: string; embedded: boolean }[] {
  const out = execFileSync("pdffonts", [join(ARTIFACTS, `${name}.pdf`)], { encoding: "utf8" });
  return out
    .split("\n")
    .slice(2)
    .filter((l) => l.trim().length > 0)
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      return { name: cols[0] ?? "", embedded: cols.at(-5) === "yes" };
    });
}

/** Every entry of a ZIP (a DOCX or the dossier) as text or bytes, read with yauzl. */
export function unzipEntries(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, Buffer>();
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      zip.on("entry", (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on("data", (c: Buffer) => chunks.push(c));
          stream.on("end", () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on("end", () => resolve(entries));
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}
