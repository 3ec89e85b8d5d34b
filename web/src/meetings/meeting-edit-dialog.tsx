import { Button, Group, Modal, SimpleGrid, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/client";
import { usePeople } from "../people/people-api";
import { type MeetingView, meetingKeys } from "./meetings-api";
import { emptyOfficer, type OfficerDraft, OfficerField, officerInput } from "./officer-field";
import { useMeetingAccounts, usePrepAction, vnInstant } from "./prep-api";
import { PrepError } from "./stale-alert";

const VN_OFFSET_MS = 7 * 3600 * 1000;
/** "2020-11-24T07:00:00.000Z" → ["2020-11-24", "14:00"], as the meeting's day and hour read in Vietnam. */
const vnParts = (iso: string): [string, string] => {
  const local = new Date(new Date(iso).getTime() + VN_OFFSET_MS).toISOString();
  return [local.slice(0, 10), local.slice(11, 16)];
};

/**
 * Changes a convened meeting until it ends: its details, the chair and the secretary with their accounts.
 * Sent with the version it was opened at; after a 409, loading the latest keeps what was typed.
 */
export const MeetingEditDialog = ({ view, onClose }: { view: MeetingView; onClose: () => void }) => {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const m = view.meeting;
  const save = usePrepAction(m.id);
  const [version, setVersion] = useState(m.version);
  const [title, setTitle] = useState(m.title);
  const [purpose, setPurpose] = useState(m.purpose);
  const [initialDate, initialTime] = vnParts(m.startsAt);
  const [date, setDate] = useState(initialDate);
  const [time, setTime] = useState(initialTime);
  const [place, setPlace] = useState(m.place);
  const holder = (id: string | null) => view.delegates.find((d) => d.id === id);
  const draftOf = (id: string | null): OfficerDraft => {
    const d = holder(id);
    return d ? { ...emptyOfficer, delegateId: d.id, userId: d.userId ?? "" } : emptyOfficer;
  };
  const [chair, setChair] = useState(() => draftOf(m.chairDelegateId));
  const [secretary, setSecretary] = useState(() => draftOf(m.secretaryDelegateId));
  const people = usePeople(date || initialDate);
  const accounts = useMeetingAccounts(m.clusterId, true);
  const issues = isApiError(save.error) ? save.error.issues : [];
  const errorOf = (path: string) => issues.find((i) => i.path === path)?.message;
  const reload = async () => {
    await qc.refetchQueries({ queryKey: meetingKeys.one(m.id) });
    const fresh = qc.getQueryData<MeetingView>(meetingKeys.one(m.id));
    if (fresh) setVersion(fresh.meeting.version);
    save.reset();
  };
  const current = (id: string | null) => {
    const d = holder(id);
    return d ? { id: d.id, label: `${d.fullName}, ${d.post}`, userId: d.userId } : undefined;
  };
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
      title={t("meetedit.editTitle")}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const known = accounts.isSuccess;
          save.mutate(
            {
              path: "",
              method: "PUT",
              body: {
                version,
                title,
                purpose,
                startsAt: date && time ? vnInstant(date, time) : "",
                place,
                chair: officerInput(chair, known),
                secretary: officerInput(secretary, known),
              },
            },
            { onSuccess: onClose },
          );
        }}
        noValidate
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t("meetedit.editHint")}
          </Text>
          <TextInput
            label={t("meetprep.title")}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            required
            error={errorOf("title")}
          />
          <Textarea
            label={t("meetprep.purpose")}
            value={purpose}
            onChange={(e) => setPurpose(e.currentTarget.value)}
            autosize
            minRows={2}
            required
            error={errorOf("purpose")}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              label={t("meetprep.date")}
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              required
              error={errorOf("startsAt")}
            />
            <TextInput
              type="time"
              label={t("meetprep.time")}
              value={time}
              onChange={(e) => setTime(e.currentTarget.value)}
              required
            />
          </SimpleGrid>
          <TextInput
            label={t("meetprep.place")}
            value={place}
            onChange={(e) => setPlace(e.currentTarget.value)}
            required
            error={errorOf("place")}
          />
          {(["chair", "secretary"] as const).map((role) => (
            <OfficerField
              key={role}
              role={role}
              people={people.data ?? []}
              day={date || initialDate}
              value={role === "chair" ? chair : secretary}
              onChange={role === "chair" ? setChair : setSecretary}
              errorOf={errorOf}
              accounts={accounts.data}
              current={current(role === "chair" ? m.chairDelegateId : m.secretaryDelegateId)}
            />
          ))}
          {(issues.length === 0 || issues.some((i) => i.path === "secretary")) && (
            <PrepError
              error={save.error}
              meetingId={m.id}
              staleTitle={t("meetedit.staleMeeting")}
              onReload={() => void reload()}
            />
          )}
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t("meetedit.save")}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
