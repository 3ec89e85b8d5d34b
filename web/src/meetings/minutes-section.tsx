import { Alert, Anchor, Badge, Button, Group, List, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { MeetingView } from "./meetings-api";
import { minutesHref, useMeetingAction } from "./meetings-api";
import { ReportLinks } from "./report-links";

const COLOR = { none: "gray.7", draft: "blue.8", approved: "teal.9" } as const;

/** Conclusions, decisions and the minutes: draft from the record, preview, approval by chair and secretary. */
export const MinutesSection = ({ view }: { view: MeetingView }) => {
  const { t } = useTranslation();
  const action = useMeetingAction(view.meeting.id);
  const m = view.minutes;
  // A draft's text is for the chair, the secretary and the organisers; everyone reads the approved minutes.
  const readable =
    m.status === "approved" ||
    (m.status === "draft" && (view.can.manage || view.can.approveAsChair || view.can.approveAsSecretary));
  const approve = (as: "chair" | "secretary") =>
    action.mutate({ path: "/minutes/approve", body: { version: m.version, as } });
  return (
    <Stack gap="sm">
      {view.decisions.length > 0 && (
        <>
          <Title order={2} size="h3">
            {t("meetings.decisions")}
          </Title>
          <List>
            {view.decisions.map((d) => (
              <List.Item key={d.id}>{d.text}</List.Item>
            ))}
          </List>
        </>
      )}
      {view.conclusions && (
        <>
          <Title order={2} size="h3">
            {t("meetings.conclusions")}
          </Title>
          {view.conclusions.text.split(/\n\s*\n/).map((p) => (
            <Text key={p.slice(0, 40)}>{p}</Text>
          ))}
          <Title order={3} size="h5">
            {t("meetings.keyTasks")}
          </Title>
          <List type="ordered">
            {view.conclusions.keyTasks.map((task) => (
              <List.Item key={task}>{task}</List.Item>
            ))}
          </List>
        </>
      )}
      <Group gap="sm">
        <Title order={2} size="h3">
          {t("meetings.minutes")}
        </Title>
        <Badge color={COLOR[m.status]} variant="filled">
          {t(`meetings.minutesStatus.${m.status}`)}
        </Badge>
      </Group>
      {action.error && <Alert color="red">{action.error.message}</Alert>}
      {m.status !== "none" && (
        <Text size="sm">
          {t("meetings.approvedBy", {
            chair: m.approvedByChair ? t("meetings.yes") : t("meetings.no"),
            secretary: m.approvedBySecretary ? t("meetings.yes") : t("meetings.no"),
          })}
        </Text>
      )}
      <Group gap="xs" wrap="wrap">
        {view.can.keepRecord && m.status !== "approved" && (
          <Button size="xs" variant="light" onClick={() => action.mutate({ path: "/minutes/draft" })}>
            {t("meetings.draftMinutes")}
          </Button>
        )}
        {m.status === "draft" && view.can.approveAsChair && !m.approvedByChair && (
          <Button size="xs" onClick={() => approve("chair")}>
            {t("meetings.approveChair")}
          </Button>
        )}
        {m.status === "draft" && view.can.approveAsSecretary && !m.approvedBySecretary && (
          <Button size="xs" onClick={() => approve("secretary")}>
            {t("meetings.approveSecretary")}
          </Button>
        )}
        {readable && (
          <>
            <Button component="a" size="xs" variant="default" href={minutesHref(view.meeting.id, "docx")}>
              {t("meetings.downloadDocx")}
            </Button>
            <Button
              component="a"
              size="xs"
              variant="default"
              href={minutesHref(view.meeting.id, "pdf")}
              target="_blank"
            >
              {t("meetings.downloadPdf")}
            </Button>
            <Anchor href={minutesHref(view.meeting.id, "html")} target="_blank">
              {t("meetings.openHtml")}
            </Anchor>
            <Anchor href={minutesHref(view.meeting.id, "md")}>{t("meetings.downloadMd")}</Anchor>
          </>
        )}
        <ReportLinks view={view} />
      </Group>
    </Stack>
  );
};
