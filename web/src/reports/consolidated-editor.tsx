import { Button, Group, Paper, Stack, Text, Title, Typography } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/client";
import { useErrorText } from "../api/error-text";
import {
  type ConsolidatedReport,
  type ConsolidatedSection,
  consolidatedKey,
  useSaveConsolidated,
} from "./periods-api";
import { RichTextField } from "./rich-text-field";
import { SaveErrorAlert } from "./save-error-alert";

/** The editor keeps paragraphs, emphasis, lists and sub-headings; a table (the ranking) is kept as assembled. */
const editable = (s: ConsolidatedSection) => !/<table[\s>]/i.test(s.html);

/**
 * Edits the consolidated report's sections with the unit report's editor. Untouched sections are sent as the
 * server last gave them; on a 409 "Tải bản mới nhất" takes the newest version and keeps what was typed.
 */
export const ConsolidatedEditor = ({
  report,
  onSaved,
  onCancel,
}: {
  report: ConsolidatedReport;
  onSaved: () => void;
  onCancel: () => void;
}) => {
  const { t } = useTranslation();
  const _errorText = useErrorText();
  const queryClient = useQueryClient();
  const save = useSaveConsolidated(report.periodId);
  const [version, setVersion] = useState(report.version);
  const [texts, setTexts] = useState(() => Object.fromEntries(report.sections.map((s) => [s.key, s.html])));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const stale = isApiError(save.error) && save.error.status === 409;
  const issues = isApiError(save.error) ? save.error.issues : [];
  const errorAt = (i: number) => issues.find((x) => x.path.startsWith(`sections[${i}]`))?.message;

  const reload = async () => {
    await queryClient.refetchQueries({ queryKey: consolidatedKey(report.periodId) });
    const fresh = queryClient.getQueryData<ConsolidatedReport>(consolidatedKey(report.periodId));
    if (fresh) {
      setVersion(fresh.version);
      // Sections nobody typed in here show the newest text; typed ones keep what was typed.
      setTexts((prev) => ({
        ...Object.fromEntries(fresh.sections.map((s) => [s.key, s.html])),
        ...Object.fromEntries([...touched].map((k) => [k, prev[k] ?? ""])),
      }));
    }
    save.reset();
  };
  const submit = () => {
    const sections = report.sections.map((s) =>
      touched.has(s.key) && editable(s) ? { ...s, html: texts[s.key] ?? "" } : s,
    );
    save.mutate({ version, sections }, { onSuccess: onSaved });
  };

  return (
    <Stack
      gap="md"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {report.sections.map((s, i) =>
        editable(s) ? (
          <RichTextField
            key={s.key}
            id={`bien-tap-${i}`}
            title={`${i + 1}. ${s.title}`}
            value={texts[s.key] ?? ""}
            onChange={(value) => {
              setTexts((prev) => ({ ...prev, [s.key]: value }));
              setTouched((prev) => new Set(prev).add(s.key));
            }}
            error={errorAt(i)}
          />
        ) : (
          <Paper key={s.key} withBorder p="sm" radius="md">
            <Title order={2} fz="sm" mb={4}>
              {`${i + 1}. ${s.title}`}
            </Title>
            <Text size="xs" c="dimmed" mb="xs">
              {t("reportsUi.consolidated.tableKept")}
            </Text>
            {/* The table may scroll sideways on a phone: the region is then reachable by keyboard. */}
            <Typography fz="sm" style={{ overflowX: "auto" }} tabIndex={0}>
              {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised or escaped by the server */}
              <div dangerouslySetInnerHTML={{ __html: s.html }} />
            </Typography>
          </Paper>
        ),
      )}
      {save.isError && (
        <SaveErrorAlert
          error={save.error}
          stale={stale}
          staleTitle={t("reportsUi.consolidated.stale")}
          onReload={reload}
        />
      )}
      <Group style={{ position: "sticky", bottom: 0, background: "var(--mantine-color-body)" }} py="xs">
        <Button type="submit" loading={save.isPending}>
          {t("reportsUi.consolidated.save")}
        </Button>
        <Button variant="default" onClick={onCancel} disabled={save.isPending}>
          {t("reportsUi.reports.cancel")}
        </Button>
      </Group>
    </Stack>
  );
};
