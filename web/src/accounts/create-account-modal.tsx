import { Alert, Button, Group, Modal, NativeSelect, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/client";
import { useErrorText } from "../api/error-text";
import {
  checkDisplayName,
  checkPassword,
  checkUsername,
  isRole,
  needsCluster,
  needsUnit,
  ROLES,
} from "./account-rules";
import { type NewAccount, useCreateAccount } from "./accounts-api";
import { PasswordField } from "./password-field";

export type Choice = { value: string; label: string };
type Values = {
  displayName: string;
  username: string;
  password: string;
  role: string;
  unitId: string;
  clusterId: string;
};
type Field = keyof Values;

// Where each of the server's issue paths (as src/contracts/parse.ts spells them) is shown.
const FIELD_OF: Record<string, Field> = {
  displayName: "displayName",
  username: "username",
  password: "password",
  grants: "role",
  "grants[0]": "role",
  "grants[0].role": "role",
  "grants[0].unitId": "unitId",
  "grants[0].clusterId": "clusterId",
};

type CreateAccountModalProps = {
  councilId: string;
  opened: boolean;
  onClose: () => void;
  units: readonly Choice[];
  clusters: readonly Choice[];
  year: number;
};

/** "Tạo tài khoản": one role, with its unit or cluster; every problem shown at its field. */
export const CreateAccountModal = ({
  councilId,
  opened,
  onClose,
  units,
  clusters,
  year,
}: CreateAccountModalProps) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const create = useCreateAccount(councilId);
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: { displayName: "", username: "", password: "", role: "", unitId: "", clusterId: "" },
    validate: {
      displayName: (v) => checkDisplayName(t, v),
      username: (v) => checkUsername(t, v),
      password: (v) => checkPassword(t, v),
      role: (v) => (isRole(v) ? null : t("accounts.rules.roleRequired")),
      unitId: (v, values) => (needsUnit(values.role) && !v ? t("accounts.rules.unitRequired") : null),
      clusterId: (v, values) =>
        needsCluster(values.role) && !v ? t("accounts.rules.clusterRequired") : null,
    },
  });
  const { role } = form.getValues();
  const unplaced = isApiError(create.error)
    ? create.error.status !== 409 && !create.error.issues.some((i) => i.path in FIELD_OF)
    : create.isError;

  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };

  const submit = form.onSubmit((values) => {
    if (!isRole(values.role)) return;
    const input: NewAccount = {
      displayName: values.displayName.trim(),
      username: values.username.trim(),
      password: values.password,
      grants: [
        {
          role: values.role,
          ...(needsUnit(values.role) ? { unitId: values.unitId } : {}),
          ...(needsCluster(values.role) ? { clusterId: values.clusterId } : {}),
        },
      ],
    };
    create.mutate(input, {
      onSuccess: (account) => {
        notifications.show({
          color: "teal",
          title: t("accounts.createdTitle"),
          message: t("accounts.createdText", { username: account.username, name: account.displayName }),
        });
        close();
      },
      onError: (error) => {
        if (!isApiError(error)) return;
        if (error.status === 409) form.setFieldError("username", error.message);
        for (const issue of error.issues) {
          const field = FIELD_OF[issue.path];
          if (field) form.setFieldError(field, issue.message);
        }
      },
    });
  });

  const roleChoices = [
    { value: "", label: t("accounts.rolePlaceholder") },
    ...ROLES.map((r) => ({ value: r, label: t(`accounts.roleNames.${r}`) })),
  ];

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t("accounts.createTitle")}
      closeButtonProps={{ "aria-label": t("common.close") }}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {unplaced && (
            <Alert color="red" role="alert" title={t("accounts.createFailed")}>
              {errorText(create.error)}
            </Alert>
          )}
          <TextInput
            label={t("accounts.displayName")}
            description={t("accounts.displayNameHint")}
            required
            data-autofocus
            {...form.getInputProps("displayName")}
          />
          <TextInput
            label={t("accounts.username")}
            description={t("accounts.usernameHint")}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            required
            {...form.getInputProps("username")}
          />
          <PasswordField
            label={t("accounts.initialPassword")}
            description={t("accounts.passwordHint")}
            autoComplete="new-password"
            {...form.getInputProps("password")}
          />
          <NativeSelect
            label={t("accounts.role")}
            description={isRole(role) ? t(`accounts.roleHints.${role}`) : undefined}
            data={roleChoices}
            required
            {...form.getInputProps("role")}
          />
          {needsUnit(role) && (
            <NativeSelect
              label={t("accounts.unit")}
              description={t("accounts.unitHint", { year })}
              data={[{ value: "", label: t("accounts.unitPlaceholder") }, ...units]}
              required
              {...form.getInputProps("unitId")}
            />
          )}
          {needsCluster(role) && (
            <NativeSelect
              label={t("accounts.cluster")}
              description={t("accounts.clusterHint")}
              data={[{ value: "", label: t("accounts.clusterPlaceholder") }, ...clusters]}
              required
              {...form.getInputProps("clusterId")}
            />
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close} disabled={create.isPending}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t("accounts.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
