import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { dateForYear, formatDate, formatNumber } from "../lib/format";
import { comparePersonNames, matchesQuery } from "../lib/text";
import { Empty } from "../shell/empty";
import { PageHeader } from "../shell/page-header";
import { PageLoader, QueryError } from "../shell/query-state";
import { SearchBox, useSearchText } from "../shell/search-box";
import { useYear } from "../shell/year-context";
import { usePeople } from "./people-api";
import { PeopleTable } from "./people-table";

/** /can-bo — people and their positions; the filter ignores diacritics ("huong" finds "Hường"). */
export const PeoplePage = () => {
  const { t } = useTranslation();
  const { year } = useYear();
  const at = dateForYear(year);
  const people = usePeople(at);
  const [query, setQuery] = useSearchText();

  const body = () => {
    if (people.isPending) return <PageLoader />;
    if (people.isError) return <QueryError error={people.error} onRetry={() => void people.refetch()} />;
    if (people.data.length === 0)
      return <Empty title={t("people.emptyTitle")} description={t("people.emptyText", { year })} icon="∅" />;
    const shown = people.data
      .filter((p) => matchesQuery(query, [p.fullName, ...p.positions.flatMap((x) => [x.title, x.orgName])]))
      .sort((a, b) => comparePersonNames(a.fullName, b.fullName));
    return (
      <>
        <Text size="sm" c="dimmed" aria-live="polite">
          {t("common.shown", { shown: formatNumber(shown.length), total: formatNumber(people.data.length) })}
        </Text>
        {shown.length === 0 ? (
          <Text>{t("common.noMatch", { q: query })}</Text>
        ) : (
          <PeopleTable people={shown} year={year} />
        )}
      </>
    );
  };

  return (
    <>
      <PageHeader title={t("people.title")} subtitle={t("people.subtitle", { date: formatDate(at) })} />
      <Stack gap="md">
        <SearchBox
          label={t("people.filter")}
          placeholder={t("people.filterPlaceholder")}
          value={query}
          onChange={setQuery}
        />
        {body()}
      </Stack>
    </>
  );
};
