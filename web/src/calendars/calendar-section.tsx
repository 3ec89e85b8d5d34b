import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/client";
import { formatDate } from "../lib/format";
import { QueryError } from "../shell/query-state";
import { type CalendarDates, type ClusterCalendar, useCalendar, useSetCalendar } from "./calendar-api";

const FIELDS: (keyof CalendarDates)[] = ["pactSignedBy", "selfAssessmentDue", "reviewDue", "conferenceOn"];

const Editor = ({ calendar, onDone }: { calendar: ClusterCalendar; onDone: () => void }) => {
  const { t } = useTranslation();
  const save = useSetCalendar(calendar.clusterId);
  const [dates, setDates] = useState<CalendarDates>({
    pactSignedBy: calendar.pactSignedBy,
    selfAssessmentDue: calendar.selfAssessmentDue,
    reviewDue: calendar.reviewDue,
    conferenceOn: calendar.conferenceOn,
  });
  const error = save.error && isApiError(save.error) ? save.error : null;
  const issueOf = (field: string) => error?.issues.find((i) => i.path === field)?.message;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutateAsync({ ...dates, version: calendar.version }).then(onDone, () => undefined);
      }}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          {FIELDS.map((f) => (
            <TextInput
              key={f}
              type="date"
              label={t(`todo.calendar.${f}`)}
              value={dates[f]}
              required
              error={issueOf(f)}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setDates((d) => ({ ...d, [f]: value }));
              }}
            />
          ))}
        </SimpleGrid>
        {error && error.issues.length === 0 && (
          <Text c="red.8" size="sm" role="alert">
            {error.message}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t("common.save")}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};

/** The cluster-year's deadlines; the council admin may set them. */
export const CalendarSection = ({ clusterId }: { clusterId: string }) => {
  const { t } = useTranslation();
  const calendar = useCalendar(clusterId);
  const [editing, setEditing] = useState(false);
  if (calendar.isPending) return null;
  if (calendar.isError) return <QueryError error={calendar.error} onRetry={() => void calendar.refetch()} />;
  const c = calendar.data;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="cluster-calendar">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="h4" id="cluster-calendar">
          {t("todo.calendar.title", { year: c.year })}
        </Title>
        <Group gap="xs">
          {c.source === "template" && <Badge variant="light">{t("todo.calendar.fromTemplate")}</Badge>}
          {c.canEdit && !editing && (
            <Button size="xs" variant="light" onClick={() => setEditing(true)}>
              {t("todo.calendar.edit")}
            </Button>
          )}
        </Group>
      </Group>
      {editing ? (
        <Editor calendar={c} onDone={() => setEditing(false)} />
      ) : (
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
          {FIELDS.map((f) => (
            <Stack key={f} gap={0}>
              <Text size="sm" c="dimmed">
                {t(`todo.calendar.${f}`)}
              </Text>
              <Text fw={600}>{formatDate(c[f])}</Text>
            </Stack>
          ))}
        </SimpleGrid>
      )}
    </Paper>
  );
};
