import { safeString } from "./text";

/** Free text of at most `max` characters, trimmed, refused with a located message if PostgreSQL cannot store it. */
export const freeText = (max: number, min = 1) =>
  safeString({ error: "Phải là chuỗi ký tự" })
    .trim()
    .min(min, "Không được để trống")
    .max(max, `Tối đa ${max} ký tự`);
