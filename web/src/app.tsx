import { MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { QueryClientProvider } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { RouterProvider } from "react-router";
import { createQueryClient } from "./api/query-client";
import { createRouter } from "./router";
import { cssVariablesResolver, makeTheme } from "./theme";

/** Providers around the router: theme, notifications, data cache. */
export const App = () => {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createRouter);
  const { t } = useTranslation();
  const theme = useMemo(() => makeTheme(t("common.close")), [t]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
};
