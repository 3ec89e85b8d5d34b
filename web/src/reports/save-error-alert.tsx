import { Alert, Button, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useErrorText } from "../api/error-text";

/**
 * Why a save failed. When someone saved first (409), it says so and offers "Tải bản mới nhất"; what was typed
 * here is kept by the editor's `onReload`.
 */
export const SaveErrorAlert = ({
  error,
  stale,
  staleTitle,
  onReload,
}: {
  error: unknown;
  stale: boolean;
  staleTitle: string;
  onReload: () => Promise<void>;
}) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <Alert color={stale ? "orange" : "red"} role="alert" title={stale ? staleTitle : undefined}>
      <Text size="sm">{errorText(error)}</Text>
      {stale && (
        <Button size="xs" mt="xs" color="orange" onClick={() => void onReload()}>
          {t("reportsUi.consolidated.reload")}
        </Button>
      )}
    </Alert>
  );
};
