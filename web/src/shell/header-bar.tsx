import { Anchor, Burger, Button, Group } from "@mantine/core";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useErrorText } from "../api/error-text";
import { useLogout } from "../auth/auth-api";
import { useCurrentUser } from "../auth/current-user";
import { AccountBadge } from "./account-badge";
import { LanguageSwitch } from "./language-switch";
import { notify } from "./notify";
import { useYear } from "./year-context";
import { YearSelect } from "./year-select";

const AccountMenu = lazy(() => import("./account-menu").then((m) => ({ default: m.AccountMenu })));
const NotificationBell = lazy(() =>
  import("./notification-bell").then((m) => ({ default: m.NotificationBell })),
);

type HeaderBarProps = { navOpened: boolean; onToggleNav: () => void };

export const HeaderBar = ({ navOpened, onToggleNav }: HeaderBarProps) => {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { withYear } = useYear();
  const logout = useLogout();
  const errorText = useErrorText();

  const signOut = () =>
    logout.mutate(undefined, {
      onSuccess: () => notify({ color: "teal", message: t("shell.signedOut") }),
      onError: (error) =>
        notify({ color: "red", title: t("shell.signOutFailed"), message: errorText(error) }),
    });

  return (
    <Group h="100%" px={{ base: "xs", sm: "md" }} justify="space-between" wrap="nowrap" gap={4}>
      <Group gap={8} wrap="nowrap">
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={navOpened ? t("shell.closeNav") : t("shell.openNav")}
          aria-expanded={navOpened}
          aria-controls="app-navbar"
        />
        <Anchor
          component={Link}
          to={withYear("/")}
          fw={800}
          fz={{ base: "lg", sm: "xl" }}
          underline="never"
          c="blue.8"
        >
          {t("app.name")}
        </Anchor>
      </Group>
      <Group gap={6} wrap="nowrap">
        <YearSelect />
        <Group visibleFrom="sm">
          <LanguageSwitch />
        </Group>
        <Suspense fallback={null}>
          <NotificationBell />
        </Suspense>
        <Suspense fallback={<AccountBadge name={user.displayName} />}>
          <AccountMenu />
        </Suspense>
        <Button variant="default" size="sm" px={8} onClick={signOut} loading={logout.isPending}>
          {t("shell.signOut")}
        </Button>
      </Group>
    </Group>
  );
};
