import { z } from "zod";

// "Gửi giải trình": the unit's optional covering note to the reviewer.
// Local text check until a shared src/contracts/text.ts exists: NUL and lone surrogates are refused.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const sendExplanationBody = z.object({
  note: z
    .string({ error: "Phải là văn bản" })
    .trim()
    .max(2000, "Tối đa 2000 ký tự")
    .refine((s) => !s.includes("\u0000"), "Không được chứa ký tự NUL")
    .refine((s) => !LONE_SURROGATE.test(s), "Có ký tự Unicode hỏng (nửa cặp surrogate)")
    .nullish()
    .transform((s) => (s ? s : null)),
});
