import { Button, Group, Modal, Radio, Stack, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/client";
import type { Delegate } from "./meetings-api";
import { usePrepAction } from "./prep-api";
import { PrepError } from "./stale-alert";

type Presence = Delegate["attendance"];
const PRESENCES: Presence[] = ["present", "absent", "expected"];

/** One delegate's attendance: present, absent with the reason, and who was sent in their place. */
export const AttendanceDialog = ({
  meetingId,
  delegate,
  onClose,
}: {
  meetingId: string;
  delegate: Delegate;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const save = usePrepAction(meetingId);
  const [attendance, setAttendance] = useState<Presence>(
    delegate.attendance === "expected" ? "present" : delegate.attendance,
  );
  const [reason, setReason] = useState(delegate.absenceReason ?? "");
  const [representedBy, setRepresentedBy] = useState(delegate.representedBy ?? "");
  const issues = isApiError(save.error) ? save.error.issues : [];
  const errorOf = (path: string) => issues.find((i) => i.path === path)?.message;
  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ "aria-label": t("common.close") }}
      title={t("meetprep.attendance.title", { name: delegate.fullName })}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(
            {
              path: `/delegates/${delegate.id}/attendance`,
              method: "PUT",
              body: {
                attendance,
                absenceReason: attendance === "absent" && reason.trim() ? reason : null,
                representedBy: representedBy.trim() ? representedBy : null,
                version: delegate.version,
              },
            },
            { onSuccess: onClose },
          );
        }}
        noValidate
      >
        <Stack gap="sm">
          <Radio.Group
            label={t("meetprep.attendance.status")}
            value={attendance}
            onChange={(v) => setAttendance(v as Presence)}
          >
            <Group gap="md" mt="xs">
              {PRESENCES.map((p) => (
                <Radio key={p} value={p} label={t(`meetings.presence.${p}`)} />
              ))}
            </Group>
          </Radio.Group>
          {attendance === "absent" && (
            <Textarea
              label={t("meetprep.attendance.reason")}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              required
              autosize
              minRows={2}
              error={errorOf("absenceReason")}
              data-autofocus
            />
          )}
          <TextInput
            label={t("meetprep.attendance.representedBy")}
            description={t("meetprep.attendance.representedHint")}
            value={representedBy}
            onChange={(e) => setRepresentedBy(e.currentTarget.value)}
            error={errorOf("representedBy")}
          />
          {issues.length === 0 && (
            <PrepError error={save.error} meetingId={meetingId} staleTitle={t("meetedit.staleDelegate")} />
          )}
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t("meetprep.attendance.save")}
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
