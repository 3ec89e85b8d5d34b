import { AppShell } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { Outlet } from "react-router";
import { RequireAuth } from "../auth/require-auth";
import { HeaderBar } from "./header-bar";
import { Sidebar } from "./sidebar";
import { YearProvider } from "./year-context";

const Shell = () => {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#main-content" className="skip-link">
        {t("shell.skipToContent")}
      </a>
      <AppShell.Header>
        <HeaderBar navOpened={opened} onToggleNav={toggle} />
      </AppShell.Header>
      <AppShell.Navbar id="app-navbar" p="xs" aria-label={t("shell.mainNav")}>
        <Sidebar onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
};

/** The signed-in frame: header with year and language, sidebar, and the page. */
export const AppLayout = () => (
  <RequireAuth>
    <YearProvider>
      <Shell />
    </YearProvider>
  </RequireAuth>
);
