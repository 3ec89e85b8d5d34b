import { Alert, Button, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/client";
import { useErrorText } from "../api/error-text";
import { meetingKeys } from "./meetings-api";

/** A failed preparation write: a 409 says someone else changed the agenda and offers their version. */
export const PrepError = ({
  error,
  meetingId,
  onReload,
  staleTitle,
}: {
  error: unknown;
  meetingId: string;
  onReload?: () => void;
  /** What was changed by someone else (the agenda when not said). */
  staleTitle?: string;
}) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const qc = useQueryClient();
  if (!error) return null;
  const stale = isApiError(error) && error.status === 409;
  return (
    <Alert
      color={stale ? "orange" : "red"}
      role="alert"
      title={stale ? (staleTitle ?? t("meetprep.stale")) : undefined}
    >
      <Text size="sm">{errorText(error)}</Text>
      {stale && (
        <Button
          size="xs"
          mt="xs"
          color="orange"
          onClick={() => {
            void qc.invalidateQueries({ queryKey: meetingKeys.one(meetingId) });
            onReload?.();
          }}
        >
          {t("meetprep.reload")}
        </Button>
      )}
    </Alert>
  );
};
