import { Alert, Button, Card, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { VoteStatusBadge } from "./badges";
import type { MeetingView } from "./meetings-api";
import { useMeetingAction } from "./meetings-api";
import { VoteForm } from "./vote-form";
import { VoteResult } from "./vote-result";

/** The meeting's votes: open and close for the organisers; turnout while open, the result once closed. */
export const VotesSection = ({ view }: { view: MeetingView }) => {
  const { t } = useTranslation();
  const action = useMeetingAction(view.meeting.id);
  const [adding, setAdding] = useState(false);
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h3">
          {t("meetings.votes")}
        </Title>
        {view.can.manage && view.meeting.status !== "ended" && (
          <Button size="xs" variant="default" onClick={() => setAdding(true)}>
            {t("meetvote.add")}
          </Button>
        )}
      </Group>
      {action.error && <Alert color="red">{action.error.message}</Alert>}
      {view.votes.length === 0 && <Text c="dimmed">{t("meetings.noVotes")}</Text>}
      {view.votes.map((v) => (
        <Card key={v.id} withBorder padding="sm">
          <Group justify="space-between" wrap="wrap">
            <Title order={3} size="h5">
              {v.question}
            </Title>
            <Group gap="xs">
              <Text size="sm">{v.secret ? t("meetings.secret") : t("meetings.named")}</Text>
              <VoteStatusBadge status={v.status} />
            </Group>
          </Group>
          {v.status !== "draft" && <Text size="sm">{t("meetings.turnout", v.turnout)}</Text>}
          {v.status === "closed" && <VoteResult vote={v} />}
          <Group gap="xs" mt="xs">
            {view.can.manage && v.status === "draft" && (
              <Button size="xs" onClick={() => action.mutate({ path: `/votes/${v.id}/open` })}>
                {t("meetings.open")}
              </Button>
            )}
            {view.can.manage && v.status === "open" && (
              <Button size="xs" color="red.8" onClick={() => action.mutate({ path: `/votes/${v.id}/close` })}>
                {t("meetings.close")}
              </Button>
            )}
            {v.status === "open" && v.me.eligible && !v.me.voted && (
              <Button size="xs" component={Link} to={`/hoi-nghi/${view.meeting.id}/bieu-quyet`}>
                {t("meetings.cast")}
              </Button>
            )}
          </Group>
        </Card>
      ))}
      <Modal
        opened={adding}
        onClose={() => setAdding(false)}
        closeButtonProps={{ "aria-label": t("common.close") }}
        title={t("meetvote.title")}
        size="lg"
      >
        {adding && <VoteForm view={view} onDone={() => setAdding(false)} />}
      </Modal>
    </Stack>
  );
};
