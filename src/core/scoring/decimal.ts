// Exact arithmetic for scoring.md. A JSON number is taken as the decimal it is written as (its shortest
// round-trip form: 2.675 is 2.675, not the binary 2.67499999…). Values are exact fractions of bigints,
// so ratios such as a / T are never approximated; a score is rounded once, half away from zero, to
// integer hundredths (bigint). A finite-precision decimal library could turn an exact 8.025 × 1 / 3 =
// 2.675 into 2.67499…9 and round it down; exact fractions cannot.

/** An exact rational n / d with d > 0 (not necessarily reduced). */
export interface Ratio {
  readonly n: bigint;
  readonly d: bigint;
}

export const ZERO: Ratio = { n: 0n, d: 1n };
export const ONE: Ratio = { n: 1n, d: 1n };
export const HALF: Ratio = { n: 1n, d: 2n };

const TEN = 10n;

function pow10(k: number): bigint {
  return TEN ** BigInt(k);
}

/** The exact decimal value of a finite JS number, as written (shortest round-trip digits). */
export function exact(x: number): Ratio {
  if (Number.isSafeInteger(x)) return { n: BigInt(x), d: 1n };
  // Fast path for the common 1–2 decimals: if k / 100 rounds back to x and has ≤ 15 digits, the
  // shortest form of x is k / 100 (decimals of ≤ 15 significant digits survive the round trip).
  const k = Math.round(x * 100);
  if (Math.abs(k) < 1e15 && k / 100 === x) return { n: BigInt(k), d: 100n };
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  const s = String(x);
  const e = s.indexOf("e");
  const mantissa = e < 0 ? s : s.slice(0, e);
  let exponent = e < 0 ? 0 : Number(s.slice(e + 1));
  const dot = mantissa.indexOf(".");
  let digits = mantissa;
  if (dot >= 0) {
    digits = mantissa.slice(0, dot) + mantissa.slice(dot + 1);
    exponent -= mantissa.length - dot - 1;
  }
  const n = BigInt(digits);
  return exponent >= 0 ? { n: n * pow10(exponent), d: 1n } : { n, d: pow10(-exponent) };
}

export function fromHundredths(h: bigint): Ratio {
  return { n: h, d: 100n };
}

export function mul(a: Ratio, b: Ratio): Ratio {
  return { n: a.n * b.n, d: a.d * b.d };
}

export function div(a: Ratio, b: Ratio): Ratio {
  if (b.n === 0n) throw new RangeError("division by zero");
  return b.n > 0n ? { n: a.n * b.d, d: a.d * b.n } : { n: -a.n * b.d, d: -a.d * b.n };
}

export function add(a: Ratio, b: Ratio): Ratio {
  return a.d === b.d ? { n: a.n + b.n, d: a.d } : { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
}

export function sub(a: Ratio, b: Ratio): Ratio {
  return a.d === b.d ? { n: a.n - b.n, d: a.d } : { n: a.n * b.d - b.n * a.d, d: a.d * b.d };
}

/** -1, 0 or 1 as a is below, equal to or above b. */
export function cmp(a: Ratio, b: Ratio): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

export function isZero(a: Ratio): boolean {
  return a.n === 0n;
}

/** Rounds to integer hundredths, half away from zero (a spreadsheet's ROUND(x, 2)). */
export function round2(a: Ratio): bigint {
  const negative = a.n < 0n;
  const n = (negative ? -a.n : a.n) * 200n;
  const h = (n + a.d) / (a.d * 2n);
  return negative ? -h : h;
}

/** round2 of a plain number's exact decimal value, e.g. 2.675 -> 268n, 1.005 -> 101n. */
export function hundredthsOf(x: number): bigint {
  if (Number.isSafeInteger(x) && Math.abs(x) < 9e13) return BigInt(x * 100);
  return round2(exact(x));
}

export function minOf(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

/** A JSON-ready number with at most 2 decimals. */
export function toNumber(h: bigint): number {
  if (h > -1_000_000_000_000_000n && h < 1_000_000_000_000_000n) return Number(h) / 100;
  // Beyond 15 significant digits a double cannot hold the hundredths anyway; keep the nearest value.
  return Number(formatHundredths(h));
}

/** "2.68", "-0.05", "12.00". */
export function formatHundredths(h: bigint): string {
  const negative = h < 0n;
  const abs = negative ? -h : h;
  const cents = (abs % 100n).toString().padStart(2, "0");
  return `${negative ? "-" : ""}${abs / 100n}.${cents}`;
}
