import { Alert, Button, Center, Container, Loader, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/client";
import { useErrorText } from "../api/error-text";

export const PageLoader = () => {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader size="md" aria-hidden />
        <Text c="dimmed" size="sm">
          {t("common.loading")}
        </Text>
      </Stack>
    </Center>
  );
};

export const FullPageLoader = () => (
  <Center mih="100vh">
    <PageLoader />
  </Center>
);

// Trying again will not change a 4xx answer (not found, forbidden…).
const isClientError = (error: unknown): boolean =>
  isApiError(error) && error.status >= 400 && error.status < 500;

type QueryErrorProps = { error: unknown; onRetry?: () => void; fullPage?: boolean };

/** A failed load: the reason in the user's words, and a way to try again. */
export const QueryError = ({ error, onRetry, fullPage = false }: QueryErrorProps) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const alert = (
    <Alert color="red" title={t("common.errorTitle")} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{errorText(error)}</Text>
        {onRetry && !isClientError(error) && (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            {t("common.retry")}
          </Button>
        )}
      </Stack>
    </Alert>
  );
  return fullPage ? (
    <Container size="sm" py="xl">
      {alert}
    </Container>
  ) : (
    alert
  );
};
