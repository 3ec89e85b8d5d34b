import type { TFunction } from "i18next";

const FIELDS = ["code", "title", "method", "max", "target", "pointsEach", "levels", "children"] as const;
type Field = (typeof FIELDS)[number];
const isField = (value: string): value is Field => (FIELDS as readonly string[]).includes(value);

/**
 * The name of the field a located problem points at, as the form labels it:
 * "max" → "Điểm tối đa", "levels[1].ratio" → "Mức 2 — tỷ lệ", 'targets["HL"]' → "Chỉ tiêu của HL".
 */
export const fieldLabel = (field: string, t: TFunction): string => {
  if (field === "") return t("pacts.field.criterion");
  const level = /^levels\[(\d+)\]\.?(label|ratio)?/.exec(field);
  if (level) {
    const n = Number(level[1]) + 1;
    return level[2]
      ? t(`pacts.field.level_${level[2] === "label" ? "label" : "ratio"}`, { n })
      : t("pacts.field.level", { n });
  }
  const target = /^targets\[?"?([^"\]]+)"?\]?/.exec(field.replace(/^targets\./, "targets["));
  if (target) return t("pacts.field.unitTarget", { unit: target[1] });
  const head = field.split(/[.[]/)[0] ?? field;
  return isField(head) ? t(`pacts.field.${head}`) : field;
};
