import { Button, FileInput, NumberInput, Paper, Select, Stack, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/client";
import { useErrorText } from "../api/error-text";
import { type TaskView, useReportProgress } from "./tasks-api";

/** An assigned unit's progress report: percentage, figure against the indicator, text and evidence. */
export const ReportForm = ({ task }: { task: TaskView }) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const mutation = useReportProgress(task.id);
  const units = task.assignments.filter((a) => task.can.reportFor.includes(a.unit.id));
  const [unitId, setUnitId] = useState<string | null>(units[0]?.unit.id ?? null);
  const current = units.find((a) => a.unit.id === unitId);
  const [percent, setPercent] = useState<number | string>(current?.percent ?? 0);
  const [figure, setFigure] = useState<number | string>("");
  const [text, setText] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const issues = isApiError(mutation.error) ? mutation.error.issues : [];
  const fieldError = (path: string) => issues.find((i) => i.path === path)?.message;
  const shown = ["unitId", "percent", "figure", "text"];
  const elsewhere = issues.length === 0 || issues.some((i) => !shown.includes(i.path));
  const submit = () =>
    mutation.mutate(
      {
        input: {
          unitId: unitId ?? "",
          percent: typeof percent === "number" ? percent : Number.NaN,
          figure: typeof figure === "number" ? figure : null,
          text,
        },
        file,
      },
      {
        onSuccess: () => {
          setText("");
          setFile(null);
          notifications.show({ color: "teal", message: t("tasks.form.saved") });
        },
      },
    );
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="report-form">
      <Title order={2} fz="h4" id="report-form" mb="sm">
        {t("tasks.form.title")}
      </Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          {units.length > 1 && (
            <Select
              label={t("tasks.form.unit")}
              data={units.map((a) => ({ value: a.unit.id, label: a.unit.name }))}
              value={unitId}
              onChange={setUnitId}
              error={fieldError("unitId")}
            />
          )}
          <NumberInput
            label={t("tasks.form.percent")}
            min={0}
            max={100}
            value={percent}
            onChange={setPercent}
            error={fieldError("percent")}
            required
          />
          {task.indicator && (
            <NumberInput
              label={t("tasks.form.figure", { unit: task.indicatorUnit ?? task.indicator })}
              min={0}
              value={figure}
              onChange={setFigure}
              decimalSeparator=","
              thousandSeparator="."
              error={fieldError("figure")}
            />
          )}
          <Textarea
            label={t("tasks.form.text")}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            autosize
            minRows={3}
            required
            error={fieldError("text")}
          />
          <FileInput label={t("tasks.form.file")} value={file} onChange={setFile} clearable />
          {mutation.isError && elsewhere && (
            <div role="alert" style={{ color: "var(--mantine-color-red-9)" }}>
              {errorText(mutation.error)}
            </div>
          )}
          <Button type="submit" loading={mutation.isPending} style={{ alignSelf: "flex-start" }}>
            {t("tasks.form.submit")}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
};
