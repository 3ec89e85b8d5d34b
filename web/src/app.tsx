import { MantineProvider } from "@mantine/core";
import { QueryClientProvider } from "@tanstack/react-query";
import { lazy, Suspense, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { RouterProvider } from "react-router";
import { createQueryClient } from "./api/query-client";
import { createRouter } from "./router";
import { cssVariablesResolver, makeTheme } from "./theme";

// The toasts' container arrives after the first page; notifications shown before it wait in their store.
const Notifications = lazy(() =>
  import("@mantine/notifications").then((m) => ({ default: m.Notifications })),
);

/** Providers around the router: theme, notifications, data cache. */
export const App = () => {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createRouter);
  const { t } = useTranslation();
  const theme = useMemo(() => makeTheme(t("common.close")), [t]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <Suspense fallback={null}>
        <Notifications position="top-right" />
      </Suspense>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
};
