// Crockford's base32: no I, L, O, U, so a code read aloud or copied by hand is not misread.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const RECEIPT_BYTES = 8;

/** A receipt code like "7KQ2-M9XD-3F" from random bytes (the caller supplies them: core does no I/O). */
export function receiptFromBytes(bytes: Uint8Array): string {
  if (bytes.length < RECEIPT_BYTES) throw new Error(`a receipt needs ${RECEIPT_BYTES} random bytes`);
  let bits = 0n;
  for (const b of bytes.subarray(0, RECEIPT_BYTES)) bits = (bits << 8n) | BigInt(b);
  let out = "";
  for (let i = 0; i < 12; i++) {
    out += ALPHABET[Number(bits & 31n)];
    bits >>= 5n;
  }
  return `${out.slice(0, 4)}-${out.slice(4, 8)}-${out.slice(8, 12)}`;
}

export const isReceipt = (s: string): boolean =>
  /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/.test(s);

/** Fisher–Yates with an injected source of random integers in [0, n), so published ballots keep no order. */
export function shuffled<T>(items: readonly T[], randomBelow: (n: number) => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomBelow(i + 1);
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}
