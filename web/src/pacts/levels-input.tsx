import { ActionIcon, Button, Fieldset, Group, NumberInput, Stack, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatScore } from "../lib/format";
import type { Located } from "./criteria-tree";
import type { LevelRow } from "./criterion-form-state";

type LevelsInputProps = {
  levels: LevelRow[];
  max: number;
  onChange: (levels: LevelRow[]) => void;
  error: string | undefined;
  issues: readonly Located[];
};

/** The levels of a "Theo mức" criterion: a name and a share of the maximum (0–1), with the points it gives. */
export const LevelsInput = ({ levels, max, onChange, error, issues }: LevelsInputProps) => {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<LevelRow>) =>
    onChange(levels.map((l, i) => (i === index ? { ...l, ...patch } : l)));
  const issueAt = (index: number, field: "label" | "ratio") =>
    issues.find((i) => i.field === `levels[${index}].${field}`)?.message;
  return (
    <Fieldset legend={t("pacts.field.levels")} p="sm">
      <Stack gap="xs">
        {levels.map((level, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; the position is the identity
          <Group key={index} align="flex-start" wrap="nowrap" gap="xs">
            <TextInput
              label={t("pacts.field.level_label", { n: index + 1 })}
              value={level.label}
              onChange={(e) => update(index, { label: e.currentTarget.value })}
              error={issueAt(index, "label")}
              style={{ flex: 1 }}
            />
            <NumberInput
              label={t("pacts.field.level_ratio", { n: index + 1 })}
              min={0}
              max={1}
              step={0.05}
              decimalScale={4}
              decimalSeparator=","
              value={level.ratio}
              onChange={(v) => update(index, { ratio: v === "" ? "" : Number(v) })}
              error={issueAt(index, "ratio")}
              w={130}
            />
            <Text size="sm" mt={30} w={80} ta="right" aria-live="polite">
              {level.ratio === ""
                ? ""
                : t("common.points", { n: formatScore(max * level.ratio), count: max * level.ratio })}
            </Text>
            <ActionIcon
              mt={28}
              variant="subtle"
              color="red"
              aria-label={t("pacts.removeLevel", { n: index + 1 })}
              onClick={() => onChange(levels.filter((_, i) => i !== index))}
            >
              ✕
            </ActionIcon>
          </Group>
        ))}
        {error && (
          <Text size="sm" c="red.9" role="alert">
            {error}
          </Text>
        )}
        <Button
          size="xs"
          variant="light"
          onClick={() => onChange([...levels, { label: "", ratio: "" }])}
          style={{ alignSelf: "flex-start" }}
        >
          {t("pacts.addLevel")}
        </Button>
      </Stack>
    </Fieldset>
  );
};
