import zlib from "node:zlib";
import yauzl from "yauzl";

// Builds hostile ZIPs in tests without ever holding the inflated bytes: deflate and CRC run chunk by chunk.

type Part = { name: string; deflated: Buffer; crc: number; size: number; declared?: number };

const CHUNK = 1024 * 1024;

/** Deflates `head`, then `padBytes` of spaces, then `tail`, streaming; returns what a ZIP entry needs. */
export async function deflatePadded(
  name: string,
  head: string,
  padBytes: number,
  tail: string,
): Promise<Part> {
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => deflate.once("end", resolve));
  let crc = 0;
  let size = 0;
  const write = async (b: Buffer) => {
    crc = zlib.crc32(b, crc);
    size += b.byteLength;
    if (!deflate.write(b)) await new Promise((r) => deflate.once("drain", r));
  };
  await write(Buffer.from(head, "utf8"));
  const spaces = Buffer.alloc(CHUNK, 0x20);
  for (let left = padBytes; left > 0; left -= CHUNK)
    await write(left >= CHUNK ? spaces : spaces.subarray(0, left));
  await write(Buffer.from(tail, "utf8"));
  deflate.end();
  await done;
  return { name, deflated: Buffer.concat(out), crc: crc >>> 0, size };
}

/** Every entry of a real ZIP, inflated (a real .xlsx is small). */
export async function readZip(bytes: Uint8Array): Promise<{ name: string; data: Buffer }[]> {
  const zip = await yauzl.fromBufferPromise(Buffer.from(bytes), { lazyEntries: true });
  const entries: yauzl.Entry[] = await new Promise((resolve, reject) => {
    const all: yauzl.Entry[] = [];
    zip.on("entry", (e: yauzl.Entry) => {
      all.push(e);
      zip.readEntry();
    });
    zip.once("end", () => resolve(all));
    zip.once("error", reject);
    zip.readEntry();
  });
  const out: { name: string; data: Buffer }[] = [];
  for (const entry of entries) {
    const stream = await zip.openReadStreamPromise(entry);
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    out.push({ name: entry.fileName, data: Buffer.concat(chunks) });
  }
  zip.close();
  return out;
}

export async function stored(name: string, data: Buffer): Promise<Part> {
  const deflated = zlib.deflateRawSync(data);
  return { name, deflated, crc: zlib.crc32(data) >>> 0, size: data.byteLength };
}

/** A ZIP of deflated parts; `declared` on a part lies about its inflated size in both headers. */
export function writeZip(parts: Part[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, "utf8");
    const size = p.declared ?? p.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.crc, 14);
    local.writeUInt32LE(p.deflated.byteLength, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.byteLength, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(p.crc, 16);
    central.writeUInt32LE(p.deflated.byteLength, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.byteLength, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, p.deflated);
    centrals.push(central, name);
    offset += 30 + name.byteLength + p.deflated.byteLength;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

/**
 * A real .xlsx with its first worksheet padded by `padBytes` spaces before `</worksheet>`: valid XML
 * that exceljs would read whole. `lie` declares the padded sheet as its original size.
 */
export async function paddedWorkbook(xlsx: Uint8Array, padBytes: number, lie = false): Promise<Uint8Array> {
  const entries = await readZip(xlsx);
  const parts: Part[] = [];
  let padded = false;
  for (const e of entries) {
    if (!padded && /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name)) {
      const xml = e.data.toString("utf8");
      const at = xml.lastIndexOf("</worksheet>");
      const part = await deflatePadded(e.name, xml.slice(0, at), padBytes, xml.slice(at));
      parts.push(lie ? { ...part, declared: e.data.byteLength } : part);
      padded = true;
    } else parts.push(await stored(e.name, e.data));
  }
  return writeZip(parts);
}

/** A ZIP of `count` tiny entries. */
export async function manyEntries(count: number): Promise<Uint8Array> {
  const parts: Part[] = [];
  for (let i = 0; i < count; i++) parts.push(await stored(`f${i}.txt`, Buffer.from("x")));
  return writeZip(parts);
}
