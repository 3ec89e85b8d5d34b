import { z } from "zod";

// A local refine for free text (the lead will unify it with a shared helper): refuses NUL characters and
// lone surrogates, saying where they are.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Where a text goes wrong for storage (NUL or a lone surrogate), as a Vietnamese message; null when fine. */
export function badCharacterMessage(value: string): string | null {
  const nul = value.indexOf("\u0000");
  if (nul >= 0) return `Có ký tự NUL không hợp lệ ở vị trí ${nul + 1}`;
  const m = LONE_SURROGATE.exec(value);
  if (m) return `Có ký tự Unicode hỏng (nửa cặp surrogate) ở vị trí ${m.index + 1}`;
  return null;
}

/** Trimmed free text with a length range and Vietnamese messages naming the field. */
export function freeText(label: string, opts: { min?: number; max: number }) {
  const min = opts.min ?? 0;
  return z
    .string({ error: `${label}: cần nhập chữ` })
    .max(opts.max, { error: `${label} tối đa ${opts.max.toLocaleString("vi-VN")} ký tự` })
    .superRefine((v, ctx) => {
      const bad = badCharacterMessage(v);
      if (bad) ctx.addIssue({ code: "custom", message: `${label}: ${bad}` });
    })
    .transform((v) => v.trim())
    .refine((v) => v.length >= min, {
      error: min <= 1 ? `Cần nhập ${label.toLowerCase()}` : `${label} cần ít nhất ${min} ký tự`,
    });
}
