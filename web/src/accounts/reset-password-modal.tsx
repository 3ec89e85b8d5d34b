import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/client";
import { useErrorText } from "../api/error-text";
import { checkPassword, checkRepeat } from "./account-rules";
import { type Account, useResetPassword } from "./accounts-api";
import { PasswordField } from "./password-field";

/** "Đặt lại mật khẩu" of another account: the new password twice; the account's sessions end. */
export const ResetPasswordModal = ({
  account,
  onClose,
}: {
  account: Account | null;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const reset = useResetPassword();
  const form = useForm({
    mode: "controlled",
    initialValues: { password: "", repeat: "" },
    validate: {
      password: (v) => checkPassword(t, v),
      repeat: (v, values) => checkRepeat(t, v, values.password),
    },
  });
  const placed = isApiError(reset.error) && reset.error.issues.some((i) => i.path === "password");

  const close = () => {
    form.reset();
    reset.reset();
    onClose();
  };

  const submit = form.onSubmit(({ password }) => {
    if (!account) return;
    reset.mutate(
      { userId: account.id, password },
      {
        onSuccess: ({ sessionsEnded }) => {
          notifications.show({
            color: "teal",
            title: t("accounts.resetDone"),
            message: t("accounts.resetDoneText", { count: sessionsEnded, name: account.displayName }),
          });
          close();
        },
        onError: (error) => {
          if (!isApiError(error)) return;
          const issue = error.issues.find((i) => i.path === "password");
          if (issue) form.setFieldError("password", issue.message);
        },
      },
    );
  });

  return (
    <Modal
      opened={account !== null}
      onClose={close}
      title={t("accounts.resetTitle")}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {account && (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text size="sm">
              {t("accounts.resetText", { username: account.username, name: account.displayName })}
            </Text>
            {reset.isError && !placed && (
              <Alert color="red" role="alert" title={t("accounts.resetFailed")}>
                {errorText(reset.error)}
              </Alert>
            )}
            <PasswordField
              label={t("accounts.newPassword")}
              description={t("accounts.newPasswordHint")}
              autoComplete="new-password"
              data-autofocus
              {...form.getInputProps("password")}
            />
            <PasswordField
              label={t("accounts.repeatPassword")}
              autoComplete="new-password"
              {...form.getInputProps("repeat")}
            />
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={close} disabled={reset.isPending}>
                {t("common.cancel")}
              </Button>
              <Button type="submit" loading={reset.isPending}>
                {t("accounts.reset")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
};
