import { Badge, Button, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { EndMeeting } from "./end-meeting";
import type { MeetingView } from "./meetings-api";
import { useMeetingAction } from "./meetings-api";

const SPEECH_COLOR = {
  requested: "gray.7",
  speaking: "orange.9",
  done: "teal.9",
  withdrawn: "gray.6",
} as const;

/** The agenda, each item with its speakers; the chair's side moves between items and runs the timer. */
export const AgendaSection = ({ view }: { view: MeetingView }) => {
  const { t } = useTranslation();
  const action = useMeetingAction(view.meeting.id);
  const name = (id: string | null) => view.delegates.find((d) => d.id === id);
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h3">
          {t("meetings.agenda")}
        </Title>
        <EndMeeting view={view} />
      </Group>
      {view.agenda.map((item) => {
        const current = view.meeting.currentItemId === item.id;
        const mine = view.can.delegateId;
        return (
          <Card key={item.id} withBorder padding="sm" bd={current ? "2px solid orange.7" : undefined}>
            <Group justify="space-between" wrap="wrap">
              <Title order={3} size="h5">
                {item.position}. {item.title}
              </Title>
              <Group gap="xs">
                {current && <Badge color="orange.9">{t("meetings.current")}</Badge>}
                <Text size="sm">{t("meetings.minutesPlanned", { n: item.plannedMinutes })}</Text>
              </Group>
            </Group>
            {item.presenterDelegateId && (
              <Text size="sm">
                {t("meetings.presenter")}: {name(item.presenterDelegateId)?.fullName}
              </Text>
            )}
            {item.documents.length > 0 && (
              <Text size="sm">
                {t("meetings.documents")}: {item.documents.map((d) => d.label).join("; ")}
              </Text>
            )}
            <List size="sm" mt="xs" aria-label={`${t("meetings.speakers")}: ${item.title}`}>
              {item.speeches.map((s) => (
                <List.Item key={s.id}>
                  <Group gap="xs" wrap="wrap">
                    <Badge color={SPEECH_COLOR[s.status]} size="sm">
                      {t(`meetings.speech.${s.status}`)}
                    </Badge>
                    <Text size="sm" fw={600}>
                      {name(s.delegateId)?.fullName}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {name(s.delegateId)?.post}
                    </Text>
                    {view.can.keepRecord && s.status === "requested" && (
                      <Button
                        size="compact-xs"
                        onClick={() =>
                          action.mutate({ path: `/speeches/${s.id}/action`, body: { action: "start" } })
                        }
                      >
                        {t("meetings.start")}
                      </Button>
                    )}
                    {view.can.keepRecord && s.status === "speaking" && (
                      <Button
                        size="compact-xs"
                        color="red.8"
                        onClick={() =>
                          action.mutate({ path: `/speeches/${s.id}/action`, body: { action: "stop" } })
                        }
                      >
                        {t("meetings.stop")}
                      </Button>
                    )}
                  </Group>
                  {s.gist && <Text size="sm">{s.gist}</Text>}
                </List.Item>
              ))}
            </List>
            {item.speeches.length === 0 && (
              <Text size="sm" c="dimmed">
                {t("meetings.noSpeakers")}
              </Text>
            )}
            <Group gap="xs" mt="xs">
              {view.can.manage && !current && view.meeting.status !== "ended" && (
                <Button
                  size="xs"
                  variant="light"
                  onClick={() =>
                    action.mutate({ path: "/current-item", method: "PUT", body: { itemId: item.id } })
                  }
                >
                  {t("meetings.setCurrent")}
                </Button>
              )}
              {mine && view.meeting.status !== "ended" && (
                <Button
                  size="xs"
                  variant="default"
                  onClick={() =>
                    action.mutate({ path: "/speeches", body: { itemId: item.id, delegateId: mine } })
                  }
                >
                  {t("meetings.requestSpeech")}
                </Button>
              )}
            </Group>
          </Card>
        );
      })}
    </Stack>
  );
};
