import { Button, Container } from "@mantine/core";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useRouteError } from "react-router";
import { Empty } from "./empty";

/** Shown instead of a blank screen when a page throws while rendering. */
export const RouteErrorPage = () => {
  const { t } = useTranslation();
  const error = useRouteError();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <Container size="sm" py="xl">
      <Empty
        order={1}
        title={t("routeError.title")}
        description={t("routeError.description")}
        icon="!"
        action={<Button onClick={() => window.location.reload()}>{t("routeError.reload")}</Button>}
      />
    </Container>
  );
};
