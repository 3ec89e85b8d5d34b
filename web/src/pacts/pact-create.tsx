import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useErrorText } from "../api/error-text";
import type { ClusterDetail } from "../api/types";
import { formatScore } from "../lib/format";
import { Empty } from "../shell/empty";
import { useCreatePact, usePactTemplates } from "./pacts-api";

/** No pact yet: the head or the council starts one from a template or from last year's table. */
export const PactCreate = ({ cluster, canCreate }: { cluster: ClusterDetail; canCreate: boolean }) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const templates = usePactTemplates(canCreate);
  const create = useCreatePact(cluster.id);
  const [templateId, setTemplateId] = useState<string>("propaganda");
  if (!canCreate)
    return (
      <Empty
        title={t("pacts.create.noneTitle")}
        description={t("pacts.create.noneText", { year: cluster.year })}
        icon="∅"
      />
    );
  const list = templates.data ?? [];
  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={2} fz="h4" mb="xs">
        {t("pacts.create.title", { year: cluster.year })}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t("pacts.create.text")}
      </Text>
      <Stack gap="md">
        {create.isError && (
          <Alert color="red" role="alert" title={t("pacts.create.failed")}>
            {errorText(create.error)}
          </Alert>
        )}
        <Group align="flex-end">
          <NativeSelect
            label={t("pacts.create.template")}
            value={templateId}
            onChange={(e) => setTemplateId(e.currentTarget.value)}
            data={list.map((tpl) => ({
              value: tpl.id,
              label: `${tpl.title} (${t("common.points", { n: formatScore(tpl.maxPoints), count: tpl.maxPoints })})`,
            }))}
            disabled={templates.isPending}
            miw={320}
          />
          <Button
            loading={create.isPending && create.variables?.source === "template"}
            disabled={create.isPending}
            onClick={() =>
              create.mutate({
                source: "template",
                templateId: templateId === "propaganda" ? "propaganda" : undefined,
              })
            }
          >
            {t("pacts.create.fromTemplate")}
          </Button>
        </Group>
        <Group>
          <Button
            variant="light"
            loading={create.isPending && create.variables?.source === "previous"}
            disabled={create.isPending}
            onClick={() => create.mutate({ source: "previous" })}
          >
            {t("pacts.create.fromPrevious", { year: cluster.year - 1 })}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
};
