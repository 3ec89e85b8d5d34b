import { Document, Packer, Paragraph } from "docx";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { blobs } from "../../db/schema";
import { openTestDatabase } from "../../db/testing";
import { makeCouncil, system } from "../../test-support/factories";
import { listFiles, readFile } from "./list-files";
import { uploadOf } from "./put-blob";
import { sniffAllowedType, sniffUpload } from "./sniff";
import { storeFile } from "./store-file";

const pdf = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);
const png = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1,
  8, 6, 0, 0, 0,
]);
const elf = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0]);

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe("uploads checked by content", () => {
  it("accepts a PDF and a PNG whose names match their content", async () => {
    expect(await sniffAllowedType("bao-cao.pdf", pdf)).toBe("application/pdf");
    expect(await sniffAllowedType("anh.PNG", png)).toBe("image/png");
  });

  it("refuses a program renamed to .pdf, a PDF named .docx, an empty and an oversized file", async () => {
    await expect(sniffAllowedType("minh-chung.pdf", elf)).rejects.toMatchObject({
      status: 415,
      message: expect.stringMatching(/không phải PDF, ảnh, Word hay Excel/),
    });
    await expect(sniffAllowedType("bao-cao.docx", pdf)).rejects.toMatchObject({
      status: 415,
      message: expect.stringMatching(/nội dung là PDF/),
    });
    await expect(sniffAllowedType("rong.pdf", new Uint8Array())).rejects.toMatchObject({ status: 400 });
    await expect(sniffAllowedType("to.pdf", pdf, 10)).rejects.toMatchObject({ status: 413 });
  });

  it("judges a streamed upload from its head, and waits for the whole file when the head is only a ZIP", async () => {
    expect(await sniffUpload("bao-cao.pdf", pdf.subarray(0, 16), false)).toBe("application/pdf");
    await expect(sniffUpload("minh-chung.pdf", elf, false)).rejects.toMatchObject({ status: 415 });
    // The docx package writes [Content_Types].xml after the Word parts: its first bytes say only "ZIP".
    const paragraphs = Array.from({ length: 300 }, (_, i) => new Paragraph(`Đoạn ${i}`));
    const docx = new Uint8Array(
      await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })),
    );
    expect(await sniffUpload("ke-hoach.docx", docx.subarray(0, 4100), false)).toBeUndefined();
    expect(await sniffUpload("ke-hoach.docx", docx, true)).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
  });

  it("stores the same bytes once, lists each attachment with its name and size, and gives the bytes back", async () => {
    const { db } = database;
    const { councilId } = await makeCouncil(db);
    const [before] = await db.select({ n: count() }).from(blobs);
    const a = await db.transaction(async (tx) =>
      storeFile(tx, system, { councilId, entity: "test", entityId: "x", file: await uploadOf("a.pdf", pdf) }),
    );
    const b = await db.transaction(async (tx) =>
      storeFile(tx, system, { councilId, entity: "test", entityId: "x", file: await uploadOf("b.pdf", pdf) }),
    );
    const [after] = await db.select({ n: count() }).from(blobs);
    expect(Number(after?.n) - Number(before?.n)).toBe(1);
    expect(a.sha256).toBe(b.sha256);
    const listed = await listFiles(db, "test", ["x"]);
    expect(listed.map((f) => [f.name, f.size, f.mime]).sort()).toEqual([
      ["a.pdf", pdf.byteLength, "application/pdf"],
      ["b.pdf", pdf.byteLength, "application/pdf"],
    ]);
    const read = await readFile(db, a.id);
    expect((await read!.bytes()).equals(Buffer.from(pdf))).toBe(true);
  });
});
