import { NativeSelect, Radio, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDate } from "../lib/format";
import { useMeeting, useMeetings } from "../meetings/meetings-api";
import { PageLoader, QueryError } from "../shell/query-state";

export type PickedConclusion = { meetingId: string; index: number; text: string };

/** The key tasks a meeting's conclusions list, one to pick as the new task's origin. */
const KeyTasks = ({
  meetingId,
  picked,
  onPick,
}: {
  meetingId: string;
  picked: PickedConclusion | null;
  onPick: (p: PickedConclusion) => void;
}) => {
  const { t } = useTranslation();
  const meeting = useMeeting(meetingId);
  if (meeting.isPending) return <PageLoader />;
  if (meeting.isError) return <QueryError error={meeting.error} onRetry={() => void meeting.refetch()} />;
  const keyTasks = meeting.data.conclusions?.keyTasks ?? [];
  if (keyTasks.length === 0) return <Text c="dimmed">{t("tasks.create.noKeyTasks")}</Text>;
  return (
    <Radio.Group
      label={t("tasks.create.keyTask")}
      value={picked?.meetingId === meetingId ? String(picked.index) : null}
      onChange={(v) => {
        const index = Number(v);
        onPick({ meetingId, index, text: keyTasks[index] ?? "" });
      }}
    >
      <Stack gap="xs" mt="xs">
        {keyTasks.map((text, i) => (
          <Radio key={text} value={String(i)} label={text} />
        ))}
      </Stack>
    </Radio.Group>
  );
};

/** Choose a meeting, then one of the key tasks its conclusions agreed. */
export const ConclusionPicker = ({
  meetingId,
  onMeeting,
  picked,
  onPick,
}: {
  meetingId: string;
  onMeeting: (id: string) => void;
  picked: PickedConclusion | null;
  onPick: (p: PickedConclusion) => void;
}) => {
  const { t } = useTranslation();
  const meetings = useMeetings();
  if (meetings.isPending) return <PageLoader />;
  if (meetings.isError) return <QueryError error={meetings.error} onRetry={() => void meetings.refetch()} />;
  if (meetings.data.length === 0) return <Text c="dimmed">{t("tasks.create.noMeetings")}</Text>;
  return (
    <Stack gap="sm">
      <NativeSelect
        label={t("tasks.create.meeting")}
        value={meetingId}
        onChange={(e) => onMeeting(e.currentTarget.value)}
        data={[
          { value: "", label: t("tasks.create.chooseMeeting") },
          ...meetings.data.map((m) => ({
            value: m.id,
            label: `${formatDate(m.startsAt.slice(0, 10))} · ${m.title}`,
          })),
        ]}
      />
      {meetingId && <KeyTasks meetingId={meetingId} picked={picked} onPick={onPick} />}
    </Stack>
  );
};
