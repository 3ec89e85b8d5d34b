import { z } from "zod";
import { badCharacterMessage } from "../core/text/bad-characters";
import { storableText } from "./text";

/** Trimmed free text with a length range and Vietnamese messages naming the field (NUL, lone surrogates refused). */
export function freeText(label: string, opts: { min?: number; max: number }) {
  const min = opts.min ?? 0;
  return z
    .string({ error: `${label}: cần nhập chữ` })
    .max(opts.max, { error: `${label} tối đa ${opts.max.toLocaleString("vi-VN")} ký tự` })
    .check(storableText((index) => `${label}: ${badCharacterMessage(index)}`))
    .transform((v) => v.trim())
    .refine((v) => v.length >= min, {
      error: min <= 1 ? `Cần nhập ${label.toLowerCase()}` : `${label} cần ít nhất ${min} ký tự`,
    });
}
