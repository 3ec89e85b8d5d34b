// Multipart bodies for upload tests, sent as streams the test controls: how many bytes the server
// pulled shows whether it stopped reading early; a held-back tail keeps an upload in flight.

export const BOUNDARY = "----thidua-test-boundary";
export const MULTIPART = `multipart/form-data; boundary=${BOUNDARY}`;
const encoder = new TextEncoder();

/** The framing before a file's bytes, after any text fields. */
export function multipartHead(
  fields: Record<string, string>,
  file: { field?: string; name: string },
): Uint8Array {
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  const disposition = `form-data; name="${file.field ?? "file"}"; filename="${file.name}"`;
  return encoder.encode(
    `${parts.join("")}--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
}

export const multipartTail = () => encoder.encode(`\r\n--${BOUNDARY}--\r\n`);

/**
 * A body of `size` file bytes (the given start, then filler) produced only as the server pulls it,
 * 256 KiB at a time; `pulled()` says how many body bytes the server has asked for so far.
 */
export function lazyUpload(opts: {
  fields?: Record<string, string>;
  name: string;
  start: Uint8Array;
  size: number;
}) {
  const CHUNK = 256 * 1024;
  const head = multipartHead(opts.fields ?? {}, { name: opts.name });
  let pulled = 0;
  let sent = 0; // file bytes
  let stage: "head" | "file" | "done" = "head";
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk: Uint8Array;
      if (stage === "head") {
        chunk = head;
        stage = "file";
      } else if (stage === "file" && sent < opts.size) {
        const n = Math.min(CHUNK, opts.size - sent);
        chunk = new Uint8Array(n).fill(0x20);
        if (sent < opts.start.byteLength) chunk.set(opts.start.subarray(sent, sent + n));
        sent += n;
      } else if (stage === "file") {
        chunk = multipartTail();
        stage = "done";
      } else {
        controller.close();
        return;
      }
      pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { body, pulled: () => pulled, total: head.byteLength + opts.size + multipartTail().byteLength };
}

/** A body whose parts the test pushes by hand; the request stays in flight until `end()`. */
export function heldUpload() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
  });
  return {
    body,
    push: (bytes: Uint8Array) => controller.enqueue(bytes),
    end: () => controller.close(),
  };
}
