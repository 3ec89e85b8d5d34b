import { Badge, Button, Table, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { MeetingView } from "./meetings-api";
import { useMeetingAction } from "./meetings-api";

const COLOR = { expected: "gray.7", present: "teal.9", absent: "red.8" } as const;

/** Who was invited, with their post that day, and who is present. */
export const AttendanceSection = ({ view }: { view: MeetingView }) => {
  const { t } = useTranslation();
  const action = useMeetingAction(view.meeting.id);
  return (
    <>
      <Title order={2} size="h3">
        {t("meetings.attendance")}
      </Title>
      <Table.ScrollContainer minWidth={480}>
        <Table aria-label={t("meetings.attendance")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("meetings.delegate")}</Table.Th>
              <Table.Th>{t("meetings.post")}</Table.Th>
              <Table.Th>{t("orgs.status")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {view.delegates.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>
                  {d.fullName}
                  {d.id === view.meeting.chairDelegateId ? ` (${t("meetings.chair")})` : ""}
                  {d.id === view.meeting.secretaryDelegateId ? ` (${t("meetings.secretary")})` : ""}
                </Table.Td>
                <Table.Td>{d.post}</Table.Td>
                <Table.Td>
                  <Badge color={COLOR[d.attendance]}>{t(`meetings.presence.${d.attendance}`)}</Badge>
                  {d.absenceReason ? ` ${d.absenceReason}` : ""}
                  {view.can.keepRecord && d.attendance !== "present" && (
                    <Button
                      size="compact-xs"
                      ml="xs"
                      variant="light"
                      aria-label={`${t("meetings.markPresent")}: ${d.fullName}`}
                      onClick={() =>
                        action.mutate({
                          path: `/delegates/${d.id}/attendance`,
                          method: "PUT",
                          body: { attendance: "present" },
                        })
                      }
                    >
                      {t("meetings.markPresent")}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
};
