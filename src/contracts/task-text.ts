import { z } from "zod";

// Local until the shared src/contracts/text.ts lands: PostgreSQL cannot store NUL or half of a surrogate
// pair, so such text is refused here with a located message instead of failing as a 500 later.

function badCharacterAt(value: string): number {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0) return i;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return i;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return -1;
}

const storable = (value: string, ctx: z.RefinementCtx) => {
  const index = badCharacterAt(value);
  if (index >= 0) {
    ctx.addIssue({
      code: "custom",
      message: `Có ký tự không hợp lệ (NUL hoặc ký tự hỏng) ở vị trí ${index + 1}`,
    });
  }
};

/** Free text: trimmed, at most `max` characters, may be empty. */
export const taskFreeText = (max = 5000) =>
  z
    .string({ error: "Phải là văn bản" })
    .superRefine(storable)
    .transform((s) => s.trim())
    .pipe(z.string().max(max, `Tối đa ${max.toLocaleString("vi-VN")} ký tự`));

/** A required name or title: trimmed, not empty, at most `max` characters. */
export const taskNameText = (max = 500) =>
  z
    .string({ error: "Không được để trống" })
    .superRefine(storable)
    .transform((s) => s.trim())
    .pipe(z.string().min(1, "Không được để trống").max(max, `Tối đa ${max} ký tự`));

/** A calendar date written YYYY-MM-DD that exists. */
export const isoDate = (what: string) =>
  z
    .string({ error: `${what}: cần ngày dạng YYYY-MM-DD` })
    .regex(/^\d{4}-\d{2}-\d{2}$/u, `${what}: cần ngày dạng YYYY-MM-DD`)
    .refine(
      (s) => new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s,
      `${what}: ngày không tồn tại`,
    );
