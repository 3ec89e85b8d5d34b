import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useSearchParams } from "react-router";
import { isApiError } from "../api/client";
import { useErrorText } from "../api/error-text";
import { LanguageSwitch } from "../shell/language-switch";
import { type Credentials, useLogin, useMe } from "./auth-api";
import { safeNextPath } from "./next-path";

/** /dang-nhap: username and password; on success, back to where the user was going. */
export const SignInPage = () => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [params] = useSearchParams();
  const me = useMe();
  const login = useLogin();
  const form = useForm<Credentials>({
    mode: "controlled",
    initialValues: { username: "", password: "" },
    validate: {
      username: (value) => (value.trim() ? null : t("auth.usernameRequired")),
      password: (value) => (value ? null : t("auth.passwordRequired")),
    },
  });

  useEffect(() => {
    document.title = `${t("auth.title")} · thidua`;
  }, [t]);

  if (me.data) return <Navigate to={safeNextPath(params.get("next"))} replace />;

  const submit = form.onSubmit((values) => {
    login.mutate(
      { username: values.username.trim(), password: values.password },
      {
        onError: (error) => {
          if (!isApiError(error)) return;
          for (const issue of error.issues) {
            if (issue.path === "username" || issue.path === "password")
              form.setFieldError(issue.path, issue.message);
          }
        },
      },
    );
  });

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={420}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <div>
              <Text fw={700} fz="xl" c="blue.8">
                {t("app.name")}
              </Text>
              <Title order={1} fz="h2">
                {t("auth.title")}
              </Title>
              <Text c="dimmed" size="sm">
                {t("auth.subtitle")}
              </Text>
            </div>
            {login.isError && (
              <Alert color="red" title={t("auth.failed")} role="alert">
                {errorText(login.error)}
              </Alert>
            )}
            <TextInput
              label={t("auth.username")}
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              autoFocus
              {...form.getInputProps("username")}
            />
            <PasswordInput
              label={t("auth.password")}
              autoComplete="current-password"
              required
              visibilityToggleButtonProps={{ "aria-label": t("auth.togglePassword") }}
              {...form.getInputProps("password")}
            />
            <Button type="submit" loading={login.isPending} fullWidth>
              {t("auth.submit")}
            </Button>
            <LanguageSwitch />
          </Stack>
        </form>
      </Paper>
    </Center>
  );
};
