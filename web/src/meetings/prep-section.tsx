import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AgendaEditor } from "./agenda-editor";
import { InvitationsSection } from "./invitations-section";
import type { MeetingView } from "./meetings-api";
import { usePrepAction } from "./prep-api";
import { PrepError } from "./stale-alert";

/** Before the meeting, for its organisers: the agenda to edit, invitations to send, and the start. */
export const PrepSection = ({ view }: { view: MeetingView }) => {
  const { t } = useTranslation();
  const start = usePrepAction(view.meeting.id);
  const first = view.agenda[0];
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="prepare">
      <Stack gap="lg">
        <Group justify="space-between" wrap="wrap" align="flex-start">
          <Stack gap={2}>
            <Title order={2} size="h3" id="prepare">
              {t("meetprep.prepare")}
            </Title>
            <Text size="sm">{t("meetprep.prepareHint")}</Text>
          </Stack>
          <Stack gap={2} align="flex-start">
            <Button
              disabled={!first}
              loading={start.isPending}
              onClick={() =>
                first && start.mutate({ path: "/current-item", method: "PUT", body: { itemId: first.id } })
              }
            >
              {t("meetprep.start")}
            </Button>
            <Text size="xs">{first ? t("meetprep.startHint") : t("meetprep.startNeedsItem")}</Text>
          </Stack>
        </Group>
        <PrepError error={start.error} meetingId={view.meeting.id} />
        <AgendaEditor view={view} />
        <InvitationsSection view={view} />
      </Stack>
    </Paper>
  );
};
