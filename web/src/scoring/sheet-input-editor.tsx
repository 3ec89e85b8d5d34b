import { Alert, Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ScoredCriterion } from "../../../src/contracts/cluster-year";
import { type Stage, useFormSheet } from "./form-sheet";
import type { Draft } from "./input-editor";
import { describeValue, ValueInput } from "./value-input";

type Props = {
  criterion: ScoredCriterion;
  stage: Stage;
  valueLabel: string;
  textLabel: string;
  /** What the server holds now (after a conflict: what the other person saved). */
  saved: Draft;
  version: number;
  target?: number | undefined;
};

const same = (a: Draft, b: Draft) => JSON.stringify(a) === JSON.stringify(b);

/** One criterion's input in the whole-form sheet: kept until "Lưu tất cả", its problems shown here. */
export const SheetInputEditor = ({
  criterion,
  stage,
  valueLabel,
  textLabel,
  saved,
  version,
  target,
}: Props) => {
  const { t } = useTranslation();
  const sheet = useFormSheet();
  const code = criterion.code;
  const entry = sheet.entries.get(code);
  const problems = sheet.problems.get(code);
  const shown = entry?.draft ?? saved;
  const edit = (patch: Partial<Draft>) => {
    const next = { ...shown, ...patch };
    sheet.set(code, stage, same(next, saved) ? null : next, version);
  };
  return (
    <Stack gap="xs">
      <ValueInput
        criterion={criterion}
        value={shown.value}
        onChange={(value) => edit({ value })}
        label={valueLabel}
        error={problems?.value}
        target={target}
      />
      <Textarea
        label={textLabel}
        autosize
        minRows={1}
        maxRows={6}
        value={shown.text}
        onChange={(e) => edit({ text: e.currentTarget.value })}
        error={problems?.text}
      />
      {problems?.conflict && entry && (
        <Alert color="orange" role="alert" title={t("scoring.conflictTitle")} p="xs">
          <Text size="sm">{problems.conflict}</Text>
          <Text size="sm" mt={4}>
            {t("scoring.conflictTheirs")}: <b>{describeValue(saved.value, t)}</b>
            {saved.text ? ` — «${saved.text}»` : ""}
          </Text>
          <Text size="sm">
            {t("scoring.conflictMine")}: <b>{describeValue(entry.draft.value, t)}</b>
          </Text>
          <Group gap="xs" mt="xs">
            <Button size="xs" color="orange" onClick={() => sheet.rebase(code, version)}>
              {t("scoring.keepMine")}
            </Button>
            <Button size="xs" variant="default" onClick={() => sheet.set(code, stage, null, version)}>
              {t("scoring.takeTheirs")}
            </Button>
          </Group>
        </Alert>
      )}
      {entry && !problems?.conflict && (
        <Text size="xs" c="red.9">
          {t("scoring.unsaved")}
        </Text>
      )}
    </Stack>
  );
};
