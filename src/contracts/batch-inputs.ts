import { z } from "zod";
import { scoreValue } from "./assessments";
import { freeText } from "./text";

// One save for a unit's whole scoring form: every changed criterion at one stage, all or nothing.
const text = freeText(2000)
  .nullish()
  .transform((s) => (s ? s : null));

export const saveInputsBatchBody = z
  .object({
    stage: z.enum(["self", "review"], {
      error: 'Giai đoạn phải là "self" (tự chấm) hoặc "review" (thẩm định)',
    }),
    items: z
      .array(
        z.object({
          criterionCode: z
            .string({ error: "Bắt buộc: mã tiêu chí" })
            .trim()
            .min(1, "Bắt buộc: mã tiêu chí")
            .max(64, "Mã tiêu chí tối đa 64 ký tự"),
          value: scoreValue,
          /** The unit's note (self) or the reviewer's comment (review). */
          text,
          version: z
            .int({ error: "Phải là số phiên bản (số nguyên ≥ 0; 0 khi chưa có giá trị)" })
            .min(0, "Phải là số phiên bản (số nguyên ≥ 0; 0 khi chưa có giá trị)"),
        }),
      )
      .min(1, "Chưa có thay đổi nào để lưu")
      .max(500, "Tối đa 500 tiêu chí một lần"),
  })
  .superRefine((body, ctx) => {
    const seen = new Set<string>();
    body.items.forEach((item, i) => {
      if (seen.has(item.criterionCode)) {
        ctx.addIssue({
          code: "custom",
          path: ["items", i, "criterionCode"],
          message: `Tiêu chí ${item.criterionCode} bị lặp`,
        });
      }
      seen.add(item.criterionCode);
    });
  });
export type SaveInputsBatchBody = z.input<typeof saveInputsBatchBody>;

export const savedBatch = z.object({
  saved: z.array(z.object({ criterionCode: z.string(), version: z.number().int() })),
});
