import { Alert, Button, Group, Paper, Radio, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/client";
import { useErrorText } from "../api/error-text";
import { formatDate } from "../lib/format";
import { notify } from "../shell/notify";
import { type DocumentLayout, type DocumentSettings, useSaveDocumentSettings } from "./documents-api";

/** The council's layout (Party / state) and the start of the Party committee's term, for its admins. */
export const LayoutForm = ({ settings }: { settings: DocumentSettings }) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const save = useSaveDocumentSettings(settings.councilId);
  const [layout, setLayout] = useState<DocumentLayout>(settings.layout);
  const [termStart, setTermStart] = useState(settings.partyTermStart ?? "");
  const issues = isApiError(save.error) ? save.error.issues : [];
  const fieldError = (path: string) => issues.find((i) => i.path === path)?.message;
  const submit = () =>
    save.mutate(
      { layout, partyTermStart: termStart.trim() ? termStart : null, version: settings.version },
      { onSuccess: () => notify({ color: "green", message: t("documents.settings.saved") }) },
    );
  const readOnly = !settings.canChange;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="settings-layout">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="settings-layout">
          {t("documents.settings.layoutTitle")}
        </Title>
        <Radio.Group
          label={t("documents.layout")}
          value={layout}
          onChange={(v) => setLayout(v === "state" ? "state" : "party")}
          error={fieldError("layout")}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="party" label={t("documents.layouts.party")} disabled={readOnly} />
            <Radio value="state" label={t("documents.layouts.state")} disabled={readOnly} />
          </Stack>
        </Radio.Group>
        {readOnly ? (
          <Text size="sm">
            {t("documents.settings.termStart")}:{" "}
            {settings.partyTermStart ? formatDate(settings.partyTermStart) : t("documents.settings.noTerm")}
          </Text>
        ) : (
          <TextInput
            type="date"
            label={t("documents.settings.termStart")}
            description={t("documents.settings.termHelp")}
            value={termStart}
            onChange={(e) => setTermStart(e.currentTarget.value)}
            error={fieldError("partyTermStart")}
            maw={260}
          />
        )}
        {save.isError && (
          <Alert color="red" role="alert">
            {errorText(save.error)}
          </Alert>
        )}
        {readOnly ? (
          <Text size="sm" c="dimmed">
            {t("documents.settings.adminOnly")}
          </Text>
        ) : (
          <Group>
            <Button onClick={submit} loading={save.isPending}>
              {t("documents.settings.saveLayout")}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
};
