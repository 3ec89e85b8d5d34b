import { Anchor, Avatar, Burger, Button, Group, Menu, Text, UnstyledButton } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useErrorText } from "../api/error-text";
import { useLogout, useSignOutOthers } from "../auth/auth-api";
import { useCurrentUser } from "../auth/current-user";
import { LanguageSwitch } from "./language-switch";
import { useYear } from "./year-context";
import { YearSelect } from "./year-select";

type HeaderBarProps = { navOpened: boolean; onToggleNav: () => void };

export const HeaderBar = ({ navOpened, onToggleNav }: HeaderBarProps) => {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { withYear } = useYear();
  const logout = useLogout();
  const signOutOthers = useSignOutOthers();
  const errorText = useErrorText();

  const signOut = () =>
    logout.mutate(undefined, {
      onSuccess: () => notifications.show({ color: "teal", message: t("shell.signedOut") }),
      onError: (error) =>
        notifications.show({ color: "red", title: t("shell.signOutFailed"), message: errorText(error) }),
    });

  const endOtherSessions = () =>
    signOutOthers.mutate(undefined, {
      onSuccess: ({ ended }) =>
        notifications.show({ color: "teal", message: t("session.signedOutOthers", { count: ended }) }),
      onError: (error) =>
        notifications.show({
          color: "red",
          title: t("session.signOutOthersFailed"),
          message: errorText(error),
        }),
    });

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={navOpened ? t("shell.closeNav") : t("shell.openNav")}
          aria-expanded={navOpened}
          aria-controls="app-navbar"
        />
        <Anchor component={Link} to={withYear("/")} fw={800} fz="xl" underline="never" c="blue.8">
          {t("app.name")}
        </Anchor>
      </Group>
      <Group gap="xs" wrap="nowrap">
        <YearSelect />
        <Group visibleFrom="sm">
          <LanguageSwitch />
        </Group>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <UnstyledButton aria-label={t("session.accountMenu", { name: user.displayName })}>
              <Group gap={6} wrap="nowrap">
                <Avatar name={user.displayName} color="initials" size="sm" />
                <Text size="sm" fw={500} visibleFrom="md" truncate maw={220}>
                  {user.displayName}
                </Text>
              </Group>
            </UnstyledButton>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{t("session.signedInAs", { username: user.username })}</Menu.Label>
            <Menu.Item onClick={endOtherSessions} disabled={signOutOthers.isPending}>
              {t("session.signOutOthers")}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
        <Button variant="default" size="sm" onClick={signOut} loading={logout.isPending}>
          {t("shell.signOut")}
        </Button>
      </Group>
    </Group>
  );
};
