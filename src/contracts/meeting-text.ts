import { z } from "zod";

// A local helper until a shared src/contracts/text.ts exists: free text refuses NUL and lone surrogates.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Free text of at most `max` characters, trimmed, without NUL or lone surrogates. */
export const freeText = (max: number, min = 1) =>
  z
    .string({ error: "Phải là chuỗi ký tự" })
    .trim()
    .min(min, "Không được để trống")
    .max(max, `Tối đa ${max} ký tự`)
    .refine((s) => !s.includes("\u0000"), "Không được chứa ký tự NUL")
    .refine((s) => !LONE_SURROGATE.test(s), "Có ký tự Unicode không hợp lệ (nửa cặp thay thế)");
