import { Button, Container } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Empty } from "./empty";
import type { NavKey } from "./nav-items";
import { PageHeader, useDocumentTitle } from "./page-header";
import { useYear } from "./year-context";

const BackHome = () => {
  const { t } = useTranslation();
  const { withYear } = useYear();
  return (
    <Button component={Link} to={withYear("/")} variant="light">
      {t("common.backHome")}
    </Button>
  );
};

/** A section of the sidebar that is not built yet: a polite notice, not a broken page. */
export const UnderConstructionPage = ({ section }: { section: NavKey }) => {
  const { t } = useTranslation();
  const name = t(`nav.${section}`);
  return (
    <Container size="md" px={0}>
      <PageHeader title={name} />
      <Empty
        title={t("construction.title")}
        description={t("construction.description", { section: name })}
        icon="🛠"
        action={<BackHome />}
      />
    </Container>
  );
};

export const NotFoundPage = () => {
  const { t } = useTranslation();
  useDocumentTitle(t("notFound.title"));
  return (
    <Container size="md" px={0}>
      <Empty
        order={1}
        title={t("notFound.title")}
        description={t("notFound.description")}
        icon="?"
        action={<BackHome />}
      />
    </Container>
  );
};
