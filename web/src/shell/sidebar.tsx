import { Divider, NavLink, ScrollArea, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { useCurrentUser } from "../auth/current-user";
import { LanguageSwitch } from "./language-switch";
import { CATALOGUE_ITEMS, isActivePath, type NavItem, WORK_ITEMS } from "./nav-items";
import { useYear } from "./year-context";

const NavList = ({ items, onNavigate }: { items: readonly NavItem[]; onNavigate: () => void }) => {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { withYear } = useYear();
  return (
    <>
      {items.map((item) => {
        const active = isActivePath(item.path, pathname);
        return (
          <NavLink
            key={item.key}
            component={Link}
            to={withYear(item.path)}
            label={t(`nav.${item.key}`)}
            active={active}
            aria-current={active ? "page" : undefined}
            onClick={onNavigate}
          />
        );
      })}
    </>
  );
};

/** The sidebar navigation; on phones it opens from the burger and closes on each choice. */
export const Sidebar = ({ onNavigate }: { onNavigate: () => void }) => {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <>
      <ScrollArea type="scroll" style={{ flex: 1 }}>
        <NavList items={WORK_ITEMS} onNavigate={onNavigate} />
        <Divider my="xs" />
        <Text size="xs" c="dimmed" fw={600} tt="uppercase" px="sm" py={4}>
          {t("shell.catalogue")}
        </Text>
        <NavList items={CATALOGUE_ITEMS} onNavigate={onNavigate} />
      </ScrollArea>
      <Stack
        hiddenFrom="md"
        gap="xs"
        pt="sm"
        px="sm"
        style={{ borderTop: "1px solid var(--mantine-color-gray-3)" }}
      >
        <Text size="xs" c="dimmed">
          {t("shell.signedInAs")}: <b>{user.displayName}</b>
        </Text>
        <Stack hiddenFrom="sm">
          <LanguageSwitch />
        </Stack>
      </Stack>
    </>
  );
};
