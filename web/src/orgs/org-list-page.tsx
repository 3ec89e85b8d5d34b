import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../lib/format";
import { compareVi, matchesQuery } from "../lib/text";
import { Empty } from "../shell/empty";
import { PageHeader } from "../shell/page-header";
import { PageLoader, QueryError } from "../shell/query-state";
import { SearchBox, useSearchText } from "../shell/search-box";
import { useYear } from "../shell/year-context";
import { OrgTable } from "./org-table";
import { useOrgs } from "./orgs-api";

/** /to-chuc — organisations named as in the selected year. */
export const OrgListPage = () => {
  const { t } = useTranslation();
  const { year } = useYear();
  const orgs = useOrgs(year);
  const [query, setQuery] = useSearchText();

  const body = () => {
    if (orgs.isPending) return <PageLoader />;
    if (orgs.isError) return <QueryError error={orgs.error} onRetry={() => void orgs.refetch()} />;
    if (orgs.data.length === 0)
      return <Empty title={t("orgs.emptyTitle")} description={t("orgs.emptyText", { year })} icon="∅" />;
    // The leading agency first, then the units, each in Vietnamese order (as the server sends them).
    const shown = orgs.data
      .filter((o) => matchesQuery(query, [o.name, o.shortName]))
      .sort((a, b) => (a.kind === b.kind ? compareVi(a.name, b.name) : a.kind === "council" ? -1 : 1));
    return (
      <>
        <Text size="sm" c="dimmed" aria-live="polite">
          {t("common.shown", { shown: formatNumber(shown.length), total: formatNumber(orgs.data.length) })}
        </Text>
        {shown.length === 0 ? (
          <Text>{t("common.noMatch", { q: query })}</Text>
        ) : (
          <OrgTable orgs={shown} year={year} />
        )}
      </>
    );
  };

  return (
    <>
      <PageHeader title={t("orgs.title")} subtitle={t("orgs.subtitle", { year })} />
      <Stack gap="md">
        <SearchBox
          label={t("orgs.filter")}
          placeholder={t("orgs.filterPlaceholder")}
          value={query}
          onChange={setQuery}
        />
        {body()}
      </Stack>
    </>
  );
};
