import { z } from "zod";
import { badCharacterAt } from "../core/text/bad-characters";

// PostgreSQL cannot store NUL or half of a surrogate pair, so such text is refused here with a located
// message instead of failing as a 500 later.

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
    // Zod runs this even when the pattern failed: a date that does not parse must be refused, not thrown.
    .refine((s) => {
      const day = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === s;
    }, `${what}: ngày không tồn tại`);
