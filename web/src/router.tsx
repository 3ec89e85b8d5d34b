import type { ComponentType } from "react";
import { createBrowserRouter, type RouteObject } from "react-router";
import { HomePage } from "./home/home-page";
import { AppLayout } from "./shell/app-layout";
import { NAV_ITEMS } from "./shell/nav-items";
import { NotFoundPage, UnderConstructionPage } from "./shell/placeholder-pages";
import { FullPageLoader } from "./shell/query-state";
import { RouteErrorPage } from "./shell/route-error-page";

const underConstruction: RouteObject[] = NAV_ITEMS.filter((item) => !item.built).map((item) => ({
  path: item.path.slice(1),
  element: <UnderConstructionPage section={item.key} />,
}));

const page = <K extends string>(path: string, load: () => Promise<Record<K, ComponentType>>, name: K) => ({
  path,
  lazy: () => load().then((m) => ({ Component: m[name] })),
});

// Reports, good practices, public opinion and search load on first visit.
const reportRoutes: RouteObject[] = [
  page("bao-cao", () => import("./reports/report-list-page"), "ReportListPage"),
  page("bao-cao/:id", () => import("./reports/report-page"), "ReportPage"),
  page("bao-cao/tong-hop/:id", () => import("./reports/consolidated-page"), "ConsolidatedPage"),
  page("mo-hinh-hay", () => import("./practices/practice-list-page"), "PracticeListPage"),
  page("mo-hinh-hay/moi", () => import("./practices/practice-create-page"), "PracticeCreatePage"),
  page("mo-hinh-hay/:id", () => import("./practices/practice-page"), "PracticePage"),
  page("du-luan-xa-hoi", () => import("./opinion/opinion-page"), "OpinionPage"),
  page("du-luan-xa-hoi/:id", () => import("./opinion/opinion-report-page"), "OpinionReportPage"),
  page("tim-kiem", () => import("./search/search-page"), "SearchPage"),
];

/** Every address of the app; paths are Vietnamese, as users read and share them. */
export const routes: RouteObject[] = [
  {
    path: "/dang-nhap",
    errorElement: <RouteErrorPage />,
    hydrateFallbackElement: <FullPageLoader />,
    lazy: () => import("./auth/sign-in-page").then((m) => ({ Component: m.SignInPage })),
  },
  {
    // The hall's screen: full page, no sidebar.
    path: "/hoi-nghi/:id/trinh-chieu",
    errorElement: <RouteErrorPage />,
    hydrateFallbackElement: <FullPageLoader />,
    lazy: () => import("./meetings/projector-page").then((m) => ({ Component: m.ProjectorRoute })),
  },
  {
    path: "/",
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    // Shown while a lazily loaded page arrives on the first visit.
    hydrateFallbackElement: <FullPageLoader />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          // Only the home page comes with the first download (≤ 250 KB gzipped); the rest on first visit.
          page("cum", () => import("./clusters/cluster-list-page"), "ClusterListPage"),
          page("cum/:id", () => import("./clusters/cluster-page"), "ClusterPage"),
          page("to-chuc", () => import("./orgs/org-list-page"), "OrgListPage"),
          page("to-chuc/:id", () => import("./orgs/org-page"), "OrgPage"),
          page("can-bo", () => import("./people/people-page"), "PeoplePage"),
          page("quan-tri", () => import("./accounts/admin-page"), "AdminPage"),
          // The year's scoring pages load on first visit, keeping the first download small.
          {
            path: "giao-uoc",
            lazy: () => import("./pacts/pact-page").then((m) => ({ Component: m.PactPage })),
          },
          {
            path: "cham-diem",
            lazy: () => import("./scoring/scoring-page").then((m) => ({ Component: m.ScoringPage })),
          },
          {
            path: "xep-hang",
            lazy: () => import("./ranking/ranking-page").then((m) => ({ Component: m.RankingPage })),
          },
          {
            path: "van-ban",
            lazy: () => import("./documents/documents-page").then((m) => ({ Component: m.DocumentsPage })),
          },
          page("van-ban/thiet-lap", () => import("./documents/settings-page"), "DocumentSettingsPage"),
          {
            path: "hoi-nghi",
            lazy: () =>
              import("./meetings/meeting-list-page").then((m) => ({ Component: m.MeetingListPage })),
          },
          {
            path: "hoi-nghi/moi",
            lazy: () => import("./meetings/meeting-new-page").then((m) => ({ Component: m.MeetingNewPage })),
          },
          {
            path: "hoi-nghi/:id",
            lazy: () => import("./meetings/meeting-page").then((m) => ({ Component: m.MeetingPage })),
          },
          {
            path: "hoi-nghi/:id/bieu-quyet",
            lazy: () => import("./meetings/vote-page").then((m) => ({ Component: m.VotePage })),
          },
          ...reportRoutes,
          {
            path: "nhiem-vu",
            lazy: () => import("./tasks/task-list-page").then((m) => ({ Component: m.TaskListPage })),
          },
          {
            path: "nhiem-vu/moi",
            lazy: () => import("./tasks/task-create-page").then((m) => ({ Component: m.TaskCreatePage })),
          },
          {
            path: "thong-bao",
            lazy: () =>
              import("./notifications/notifications-page").then((m) => ({ Component: m.NotificationsPage })),
          },
          {
            path: "nhiem-vu/van-ban",
            lazy: () => import("./tasks/registry-page").then((m) => ({ Component: m.RegistryPage })),
          },
          {
            path: "nhiem-vu/:id",
            lazy: () => import("./tasks/task-page").then((m) => ({ Component: m.TaskPage })),
          },
          ...underConstruction,
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
