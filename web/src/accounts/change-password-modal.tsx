import { Alert, Button, Group, Modal, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/client";
import { useErrorText } from "../api/error-text";
import { checkPassword, checkRepeat } from "./account-rules";
import { useChangePassword } from "./accounts-api";
import { PasswordField } from "./password-field";

type Values = { currentPassword: string; newPassword: string; repeat: string };
const FIELDS: readonly (keyof Values)[] = ["currentPassword", "newPassword"];
const isField = (path: string): path is "currentPassword" | "newPassword" =>
  (FIELDS as readonly string[]).includes(path);

/** "Đổi mật khẩu" from the account menu: the current password, the new one twice. */
export const ChangePasswordModal = ({ opened, onClose }: { opened: boolean; onClose: () => void }) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const change = useChangePassword();
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: { currentPassword: "", newPassword: "", repeat: "" },
    validate: {
      currentPassword: (v) => (v ? null : t("accounts.rules.required")),
      newPassword: (v, values) =>
        checkPassword(t, v) ?? (v === values.currentPassword ? t("accounts.rules.sameAsCurrent") : null),
      repeat: (v, values) => checkRepeat(t, v, values.newPassword),
    },
  });
  const placed = isApiError(change.error) && change.error.issues.some((i) => isField(i.path));

  const close = () => {
    form.reset();
    change.reset();
    onClose();
  };

  const submit = form.onSubmit(({ currentPassword, newPassword }) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: ({ sessionsEnded }) => {
          notifications.show({
            color: "teal",
            title: t("accounts.changeDone"),
            message: t("accounts.changeDoneText", { count: sessionsEnded }),
          });
          close();
        },
        onError: (error) => {
          if (!isApiError(error)) return;
          for (const issue of error.issues)
            if (isField(issue.path)) form.setFieldError(issue.path, issue.message);
        },
      },
    ),
  );

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t("accounts.changeTitle")}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {change.isError && !placed && (
            <Alert color="red" role="alert" title={t("accounts.changeFailed")}>
              {errorText(change.error)}
            </Alert>
          )}
          <PasswordField
            label={t("accounts.currentPassword")}
            autoComplete="current-password"
            data-autofocus
            {...form.getInputProps("currentPassword")}
          />
          <PasswordField
            label={t("accounts.newPassword")}
            description={t("accounts.newPasswordHint")}
            autoComplete="new-password"
            {...form.getInputProps("newPassword")}
          />
          <PasswordField
            label={t("accounts.repeatPassword")}
            autoComplete="new-password"
            {...form.getInputProps("repeat")}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close} disabled={change.isPending}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={change.isPending}>
              {t("accounts.change")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
