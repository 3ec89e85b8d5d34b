import { Alert, Button, Group, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useErrorText } from "../api/error-text";
import type { MeetingView } from "./meetings-api";
import { usePrepAction } from "./prep-api";

/**
 * Ends a running meeting, once confirmed: after it, only the minutes and the news report are completed.
 * For its organisers.
 */
export const EndMeeting = ({ view }: { view: MeetingView }) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const end = usePrepAction(view.meeting.id);
  const [asking, setAsking] = useState(false);
  if (!view.can.manage || view.meeting.status !== "running") return null;
  if (!asking)
    return (
      <Button variant="default" color="red" onClick={() => setAsking(true)}>
        {t("meetedit.end")}
      </Button>
    );
  return (
    <Alert
      color="orange"
      title={t("meetedit.endConfirm")}
      role="alertdialog"
      aria-label={t("meetedit.endConfirm")}
    >
      <Text size="sm">{t("meetedit.endHint")}</Text>
      {end.isError && (
        <Text size="sm" c="red.8" role="alert">
          {errorText(end.error)}
        </Text>
      )}
      <Group mt="xs" gap="xs">
        <Button color="red" size="xs" loading={end.isPending} onClick={() => end.mutate({ path: "/end" })}>
          {t("meetedit.endYes")}
        </Button>
        <Button size="xs" variant="default" onClick={() => setAsking(false)}>
          {t("common.cancel")}
        </Button>
      </Group>
    </Alert>
  );
};
