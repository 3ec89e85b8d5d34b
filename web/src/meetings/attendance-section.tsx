import { Badge, Button, Group, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AttendanceDialog } from "./attendance-dialog";
import type { Delegate, MeetingView } from "./meetings-api";
import { useMeetingAction } from "./meetings-api";
import { PrepError } from "./stale-alert";

const COLOR = { expected: "gray.7", present: "teal.9", absent: "red.8" } as const;

/** Who was invited, with their post that day, and who is present, absent (why) or represented. */
export const AttendanceSection = ({ view }: { view: MeetingView }) => {
  const { t } = useTranslation();
  const action = useMeetingAction(view.meeting.id);
  const [recording, setRecording] = useState<Delegate | null>(null);
  const count = (a: Delegate["attendance"]) => view.delegates.filter((d) => d.attendance === a).length;
  const records = view.can.keepRecord && view.meeting.status !== "ended";
  return (
    <>
      <Title order={2} size="h3">
        {t("meetings.attendance")}
      </Title>
      <Text size="sm">
        {t("meetprep.attendance.summary", {
          present: count("present"),
          absent: count("absent"),
          expected: count("expected"),
        })}
      </Text>
      <Table.ScrollContainer minWidth={360}>
        <Table aria-label={t("meetings.attendance")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("meetings.delegate")}</Table.Th>
              <Table.Th>{t("orgs.status")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {view.delegates.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {d.fullName}
                    {d.id === view.meeting.chairDelegateId ? ` (${t("meetings.chair")})` : ""}
                    {d.id === view.meeting.secretaryDelegateId ? ` (${t("meetings.secretary")})` : ""}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {d.post}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={COLOR[d.attendance]}>{t(`meetings.presence.${d.attendance}`)}</Badge>
                  {d.absenceReason ? <Text size="sm">{d.absenceReason}</Text> : null}
                  {d.representedBy ? (
                    <Text size="sm">{t("meetprep.attendance.represented", { name: d.representedBy })}</Text>
                  ) : null}
                  {records && (
                    <Group gap={4} mt={4} wrap="wrap">
                      {d.attendance !== "present" && (
                        <Button
                          size="compact-xs"
                          variant="light"
                          aria-label={`${t("meetings.markPresent")}: ${d.fullName}`}
                          onClick={() =>
                            action.mutate({
                              path: `/delegates/${d.id}/attendance`,
                              method: "PUT",
                              body: { attendance: "present", version: d.version },
                            })
                          }
                        >
                          {t("meetings.markPresent")}
                        </Button>
                      )}
                      <Button
                        size="compact-xs"
                        variant="default"
                        aria-label={t("meetprep.attendance.recordFor", { name: d.fullName })}
                        onClick={() => setRecording(d)}
                      >
                        {t("meetprep.attendance.record")}
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <PrepError error={action.error} meetingId={view.meeting.id} staleTitle={t("meetedit.staleDelegate")} />
      {recording && (
        <AttendanceDialog
          meetingId={view.meeting.id}
          delegate={view.delegates.find((d) => d.id === recording.id) ?? recording}
          onClose={() => setRecording(null)}
        />
      )}
    </>
  );
};
