import { Badge, Button, Checkbox, Group, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/client";
import { Empty } from "../shell/empty";
import type { Delegate, MeetingView } from "./meetings-api";
import { usePrepAction } from "./prep-api";
import { PrepError } from "./stale-alert";

const REPLY_COLOR = { invited: "gray.7", accepted: "teal.9", declined: "red.8" } as const;

/** Invitations: the member units in one step, guests one by one, and each reply as it comes in. */
export const InvitationsSection = ({ view }: { view: MeetingView }) => {
  const { t } = useTranslation();
  const act = usePrepAction(view.meeting.id);
  const invitedUnits = new Set(view.delegates.map((d) => d.unitId));
  const uninvited = view.units.filter((u) => !invitedUnits.has(u.unitId));
  const role = (d: Delegate) =>
    d.id === view.meeting.chairDelegateId
      ? t("meetings.chair")
      : d.id === view.meeting.secretaryDelegateId
        ? t("meetings.secretary")
        : null;
  const unitName = (d: Delegate) => view.units.find((u) => u.unitId === d.unitId)?.name;
  return (
    <Stack gap="sm" component="section" aria-labelledby="invitations">
      <Group justify="space-between" wrap="wrap">
        <Title order={3} size="h4" id="invitations">
          {t("meetprep.invitations.title")}
        </Title>
        {uninvited.length > 0 ? (
          <Button
            size="xs"
            loading={act.isPending}
            onClick={() => act.mutate({ path: "/delegates/units", body: {} })}
          >
            {t("meetprep.invitations.inviteUnits", { n: uninvited.length })}
          </Button>
        ) : (
          <Text size="sm">{t("meetprep.invitations.allInvited")}</Text>
        )}
      </Group>
      {view.delegates.length === 0 ? (
        <Empty
          title={t("meetprep.invitations.title")}
          description={t("meetprep.invitations.empty")}
          order={3}
        />
      ) : (
        <Table.ScrollContainer minWidth={360}>
          <Table aria-label={t("meetprep.invitations.tableLabel")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("meetings.delegate")}</Table.Th>
                <Table.Th>{t("meetprep.invitations.reply")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.delegates.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {d.fullName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {d.post}
                      {role(d) ? ` · ${role(d)}` : d.unitId ? "" : ` · ${t("meetprep.invitations.guest")}`}
                      {unitName(d) && unitName(d) !== d.post ? ` · ${unitName(d)}` : ""}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="wrap">
                      <Badge color={REPLY_COLOR[d.invitation]}>
                        {t(`meetprep.invitations.replies.${d.invitation}`)}
                      </Badge>
                      {d.invitation !== "accepted" && (
                        <Button
                          size="compact-xs"
                          variant="light"
                          aria-label={t("meetprep.invitations.accept", { name: d.fullName })}
                          onClick={() =>
                            act.mutate({
                              path: `/delegates/${d.id}/reply`,
                              body: { reply: "accepted", version: d.version },
                            })
                          }
                        >
                          {t("meetprep.invitations.replies.accepted")}
                        </Button>
                      )}
                      {d.invitation !== "declined" && (
                        <Button
                          size="compact-xs"
                          variant="default"
                          aria-label={t("meetprep.invitations.decline", { name: d.fullName })}
                          onClick={() =>
                            act.mutate({
                              path: `/delegates/${d.id}/reply`,
                              body: { reply: "declined", version: d.version },
                            })
                          }
                        >
                          {t("meetprep.invitations.replies.declined")}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <PrepError error={act.error} meetingId={view.meeting.id} staleTitle={t("meetedit.staleDelegate")} />
      <GuestForm view={view} />
    </Stack>
  );
};

const GuestForm = ({ view }: { view: MeetingView }) => {
  const { t } = useTranslation();
  const add = usePrepAction(view.meeting.id);
  const [fullName, setFullName] = useState("");
  const [post, setPost] = useState("");
  const [votingRight, setVotingRight] = useState(false);
  const issues = isApiError(add.error) ? add.error.issues : [];
  const errorOf = (path: string) => issues.find((i) => i.path === path)?.message;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate(
          { path: "/delegates", body: { fullName: fullName || null, post: post || null, votingRight } },
          {
            onSuccess: () => {
              setFullName("");
              setPost("");
            },
          },
        );
      }}
      noValidate
    >
      <Stack gap="xs">
        <Title order={4} size="h5">
          {t("meetprep.invitations.addGuest")}
        </Title>
        <Group grow wrap="wrap" align="flex-start">
          <TextInput
            label={t("meetprep.invitations.guestName")}
            value={fullName}
            onChange={(e) => setFullName(e.currentTarget.value)}
            error={errorOf("fullName")}
            miw={180}
          />
          <TextInput
            label={t("meetprep.invitations.guestPost")}
            value={post}
            onChange={(e) => setPost(e.currentTarget.value)}
            error={errorOf("post")}
            miw={180}
          />
        </Group>
        <Checkbox
          label={t("meetprep.invitations.votingRight")}
          checked={votingRight}
          onChange={(e) => setVotingRight(e.currentTarget.checked)}
        />
        {issues.length === 0 && <PrepError error={add.error} meetingId={view.meeting.id} />}
        <Group>
          <Button type="submit" size="xs" variant="light" loading={add.isPending}>
            {t("meetprep.invitations.addGuest")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
