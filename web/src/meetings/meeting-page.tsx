import { Badge, Button, Grid, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { PageHeader } from "../shell/page-header";
import { PageLoader, QueryError } from "../shell/query-state";
import { AgendaSection } from "./agenda-section";
import { AttendanceSection } from "./attendance-section";
import { formatWhen, MeetingStatusBadge } from "./badges";
import { MeetingEditDialog } from "./meeting-edit-dialog";
import { useMeeting, useMeetingLive } from "./meetings-api";
import { MinutesSection } from "./minutes-section";
import { PrepSection } from "./prep-section";
import { VotesSection } from "./votes-section";

/** /hoi-nghi/:id — the meeting: agenda and speakers, attendance, votes, conclusions and minutes; live. */
export const MeetingPage = () => {
  const { t } = useTranslation();
  const id = useParams().id ?? "";
  const query = useMeeting(id);
  const live = useMeetingLive(id);
  const [editing, setEditing] = useState(false);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const view = query.data;
  const m = view.meeting;
  const person = (delegateId: string | null) => view.delegates.find((d) => d.id === delegateId);
  const preparing = view.can.manage && m.status === "planned";
  return (
    <>
      <PageHeader
        title={m.title}
        subtitle={`${t(`meetings.kinds.${m.kind}`)} · ${formatWhen(m.startsAt)} · ${m.place}`}
        badges={
          <Group gap="xs">
            <MeetingStatusBadge status={m.status} />
            <Badge color={live ? "teal.9" : "gray.6"} variant="outline">
              {live ? t("meetings.live") : t("meetings.offline")}
            </Badge>
          </Group>
        }
        actions={
          <Group gap="xs">
            {view.can.manage && m.status !== "ended" && (
              <Button variant="default" onClick={() => setEditing(true)}>
                {t("meetedit.edit")}
              </Button>
            )}
            <Button component={Link} to={`/hoi-nghi/${id}/trinh-chieu`} variant="default">
              {t("meetings.projector")}
            </Button>
            <Button component={Link} to={`/hoi-nghi/${id}/bieu-quyet`} variant="default">
              {t("meetings.votePage")}
            </Button>
          </Group>
        }
      />
      <Stack gap="xs" mb="md">
        <Text>
          <strong>{t("meetings.convener")}:</strong> {m.convener.name}
        </Text>
        <Text>
          <strong>{t("meetings.purpose")}:</strong> {m.purpose}
        </Text>
        {(["chair", "secretary"] as const).map((role) => {
          const who = person(role === "chair" ? m.chairDelegateId : m.secretaryDelegateId);
          return (
            who && (
              <Text key={role}>
                <strong>{t(`meetings.${role}`)}:</strong> {who.fullName}, {who.post}
                {view.can.manage && who.userId === null && (
                  <Text span c="dimmed" size="sm">
                    {" "}
                    ({t("meetedit.noAccountYet")})
                  </Text>
                )}
              </Text>
            )
          );
        })}
      </Stack>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            {preparing ? <PrepSection view={view} /> : <AgendaSection view={view} />}
            <MinutesSection view={view} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <VotesSection view={view} />
            <AttendanceSection view={view} />
          </Stack>
        </Grid.Col>
      </Grid>
      {editing && <MeetingEditDialog view={view} onClose={() => setEditing(false)} />}
    </>
  );
};
