import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import busboy from "busboy";
import { HTTPException } from "hono/http-exception";
import type { z } from "zod";
import { locateIssues, validationError } from "../contracts/parse";
import { cleanFileName } from "../core/text/file-name";
import { AppError } from "./errors";

type FileFacts = { name: string; size: number; sha256: string; mime: string };
/** One uploaded file, read once into memory: its bytes (one copy), SHA-256 and size counted as they arrived. */
export type BufferedFile = FileFacts & { bytes: Uint8Array };
/** One uploaded file written to storage as it arrived (`chunkSet` names the stored bytes). */
export type StreamedFile = FileFacts & { chunkSet: string };
export type UploadedFile = BufferedFile | StreamedFile;

/** Where a streamed file's bytes go as they arrive: `end` returns the stored bytes' id, `abort` deletes them. */
export type ChunkSink = {
  write: (chunk: Buffer) => Promise<void>;
  end: () => Promise<string>;
  abort: () => Promise<void>;
};

/**
 * The file's type from its bytes: called with the first HEAD_BYTES while the upload is paused (a wrong
 * type stops it there), again with the whole file only if the head could not tell (a ZIP whose Office
 * entries come later). Throws to refuse the file; undefined means "not sure yet".
 */
export type Sniff = (name: string, bytes: Uint8Array, complete: boolean) => Promise<string | undefined>;

export type MultipartSpec<S extends z.ZodType> = {
  /** The text fields' contract (everything but the file). */
  fields: S;
  /** The route's per-file cap: one byte more and the upload stops with 413. */
  maxFileBytes: number;
  /** Shown at the file field when no file came. */
  missingFile: string;
  sniff?: Sniff;
  fileField?: string;
  /** Store the bytes as they arrive instead of keeping them in memory. */
  store?: () => ChunkSink;
};

export const HEAD_BYTES = 64 * 1024;
const FIELD_LIMITS = { fields: 20, fieldSize: 64 * 1024, parts: 30 };
const mb = (n: number) => Math.round(n / 1024 / 1024);

export const fileTooLarge = (name: string, max: number, field = "file") => {
  const message = `Tệp "${name}" lớn hơn giới hạn ${mb(max)} MB.`;
  return new AppError("invalid_file", 413, message, [{ path: field, message }]);
};

const unreadable = (field: string, why: string) =>
  validationError([{ path: field, message: `Không đọc được dữ liệu tệp gửi lên (${why}); hãy gửi lại.` }]);

/**
 * Reads a multipart/form-data request as a stream (busboy): text fields by the route's contract, one
 * file hashed and counted as its bytes arrive, refused with 413 at the first byte past the route's cap
 * and with the sniffer's answer as soon as its first bytes show a wrong type, before the rest is read.
 * With `store`, the bytes go to the sink as they arrive (the stream waits for each write) and only the
 * head is kept in memory; without, they are kept once, as the arrived chunks joined once at the end.
 */
export async function readMultipart<S extends z.ZodType>(
  request: Request,
  spec: MultipartSpec<S> & { store: () => ChunkSink },
): Promise<{ fields: z.output<S>; file: StreamedFile }>;
export async function readMultipart<S extends z.ZodType>(
  request: Request,
  spec: MultipartSpec<S>,
): Promise<{ fields: z.output<S>; file: BufferedFile }>;
export async function readMultipart<S extends z.ZodType>(
  request: Request,
  spec: MultipartSpec<S>,
): Promise<{ fields: z.output<S>; file: UploadedFile }> {
  const fileField = spec.fileField ?? "file";
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\b/i.test(type)) throw new HTTPException(415);
  if (!request.body) throw unreadable(fileField, "yêu cầu không có nội dung");
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: { "content-type": type }, limits: FIELD_LIMITS, defParamCharset: "utf8" });
  } catch {
    throw unreadable(fileField, "thiếu ranh giới multipart");
  }
  const sink = spec.store?.();
  const source = Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>);
  const texts: Record<string, string> = {};
  let file: Promise<UploadedFile> | undefined;
  let fileName: string | undefined;

  const parsed = new Promise<void>((resolve, reject) => {
    const fail = (err: unknown) => {
      source.unpipe(parser);
      source.destroy();
      parser.destroy();
      reject(err);
    };
    source.on("error", (err) => {
      // The body guard's cap (file cap + framing) can fire first while the file waits on its writes, the
      // body read ahead: past it while a file streams, the file is what is too large.
      if (err instanceof AppError && err.status === 413 && fileName !== undefined)
        return fail(fileTooLarge(fileName, spec.maxFileBytes, fileField));
      fail(err instanceof AppError ? err : unreadable(fileField, "kết nối bị ngắt"));
    });
    parser.on("error", () => fail(unreadable(fileField, "dữ liệu multipart bị cắt hoặc sai định dạng")));
    parser.on("partsLimit", () => fail(unreadable(fileField, "quá nhiều phần")));
    parser.on("fieldsLimit", () => fail(unreadable(fileField, "quá nhiều trường")));
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated) fail(validationError([{ path: name, message: "Quá dài (tối đa 64 KB)" }]));
      else texts[name] = value;
    });
    parser.on("file", (name, stream, info) => {
      if (name !== fileField || file) {
        stream.resume();
        const message = `Chỉ nhận một tệp, ở trường "${fileField}"`;
        fail(validationError([{ path: name, message }]));
        return;
      }
      fileName = cleanFileName(info.filename ?? "");
      file = collectFile(stream, fileName, spec, fileField, sink);
      file.catch(fail);
    });
    parser.on("close", resolve);
    source.pipe(parser);
  });

  try {
    await parsed;
    if (!file) throw validationError([{ path: fileField, message: spec.missingFile }]);
    const uploaded = await file;
    const result = spec.fields.safeParse(texts);
    if (!result.success) throw validationError(locateIssues(result.error.issues));
    return { fields: result.data, file: uploaded };
  } catch (err) {
    // Whatever was stored of a refused upload goes, once the file's own writing has stopped.
    if (sink) void Promise.allSettled([file]).then(() => sink.abort().catch(() => undefined));
    throw err;
  }
}

function collectFile(
  stream: Readable,
  name: string,
  spec: MultipartSpec<z.ZodType>,
  field: string,
  sink: ChunkSink | undefined,
): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    let kept: Buffer[] = []; // all of it without a sink; with one, the head until its type is known
    let keep = true;
    let size = 0;
    let stopped = false;
    let mime: string | undefined;
    let headChecked = !spec.sniff;
    // Sniffing and writes run one after another; the stream waits while any is pending.
    let queue: Promise<unknown> = Promise.resolve();
    let queued = 0;
    const stop = (err: unknown) => {
      if (stopped) return;
      stopped = true;
      kept = [];
      stream.resume(); // let busboy finish (or be destroyed) without waiting on us
      if (sink) void queue.catch(() => undefined).then(() => sink.abort().catch(() => undefined));
      reject(err);
    };
    const enqueue = (task: () => Promise<unknown>) => {
      queued++;
      stream.pause();
      queue = queue.then(task).then(() => {
        if (--queued === 0 && !stopped) stream.resume();
      });
      queue.catch(stop);
    };
    stream.on("data", (chunk: Buffer) => {
      if (stopped) return;
      size += chunk.byteLength;
      if (size > spec.maxFileBytes) return stop(fileTooLarge(name, spec.maxFileBytes, field));
      hash.update(chunk);
      if (keep) kept.push(chunk);
      if (!headChecked && size >= HEAD_BYTES && spec.sniff) {
        headChecked = true;
        const head = Buffer.concat(kept, size);
        const sniff = spec.sniff;
        enqueue(async () => {
          mime = await sniff(name, head, false);
          // Known from the head: no need to keep the rest in memory (a bare ZIP waits for all of it).
          if (mime !== undefined && sink) {
            keep = false;
            kept = [];
          }
        });
      }
      if (sink) enqueue(() => sink.write(chunk));
    });
    stream.on("error", stop);
    stream.on("end", async () => {
      if (stopped) return;
      try {
        await queue;
        const whole = keep ? Buffer.concat(kept) : undefined;
        kept = [];
        if (spec.sniff && mime === undefined) mime = await spec.sniff(name, whole ?? Buffer.alloc(0), true);
        const facts = { name, size, sha256: hash.digest("hex"), mime: mime ?? "application/octet-stream" };
        if (sink) resolve({ ...facts, chunkSet: await sink.end() });
        else resolve({ ...facts, bytes: whole ?? Buffer.alloc(0) });
      } catch (err) {
        stop(err);
      }
    });
  });
}
