import { createBrowserRouter, type RouteObject } from "react-router";
import { SignInPage } from "./auth/sign-in-page";
import { ClusterListPage } from "./clusters/cluster-list-page";
import { ClusterPage } from "./clusters/cluster-page";
import { HomePage } from "./home/home-page";
import { OrgListPage } from "./orgs/org-list-page";
import { OrgPage } from "./orgs/org-page";
import { PeoplePage } from "./people/people-page";
import { AppLayout } from "./shell/app-layout";
import { NAV_ITEMS } from "./shell/nav-items";
import { NotFoundPage, UnderConstructionPage } from "./shell/placeholder-pages";
import { FullPageLoader } from "./shell/query-state";
import { RouteErrorPage } from "./shell/route-error-page";

const underConstruction: RouteObject[] = NAV_ITEMS.filter((item) => !item.built).map((item) => ({
  path: item.path.slice(1),
  element: <UnderConstructionPage section={item.key} />,
}));

/** Every address of the app; paths are Vietnamese, as users read and share them. */
export const routes: RouteObject[] = [
  { path: "/dang-nhap", element: <SignInPage />, errorElement: <RouteErrorPage /> },
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
          { path: "cum", element: <ClusterListPage /> },
          { path: "cum/:id", element: <ClusterPage /> },
          { path: "to-chuc", element: <OrgListPage /> },
          { path: "to-chuc/:id", element: <OrgPage /> },
          { path: "can-bo", element: <PeoplePage /> },
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
            path: "nhiem-vu",
            lazy: () => import("./tasks/task-list-page").then((m) => ({ Component: m.TaskListPage })),
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
