import { Alert, Anchor, Paper, SimpleGrid, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { pickAt } from "../../../src/core/orgs/dated";
import type { OrgDetail, OrgName } from "../api/types";
import { dateForYear, formatDate } from "../lib/format";
import { PageHeader } from "../shell/page-header";
import { PageLoader, QueryError } from "../shell/query-state";
import { useYear } from "../shell/year-context";
import { OrgKindBadge, OrgStatusBadge } from "./org-badges";
import { NamesTimeline, OrgLinks } from "./org-history";
import { ClustersTable, PositionsTable } from "./org-tables";
import { useOrg } from "./orgs-api";

/** The name the organisation bore in the year, chosen as the server names it in lists (src/core/orgs/dated). */
export const nameInYear = (names: OrgName[], year: number): OrgName | null =>
  pickAt(names, dateForYear(year)) ?? null;

/** Whether a dated row was in force at some time during the year. */
const activeDuring = (row: { validFrom: string; validTo: string | null }, year: number): boolean =>
  row.validFrom <= `${year}-12-31` && (row.validTo === null || row.validTo >= `${year}-01-01`);

const OrgView = ({ org }: { org: OrgDetail }) => {
  const { t } = useTranslation();
  const { year } = useYear();
  const current = nameInYear(org.names, year);
  const existed = activeDuring(org, year);
  const title = current?.name ?? org.name;
  const subtitle = [
    t("orgs.since", {
      from: formatDate(org.validFrom),
      to: org.validTo ? formatDate(org.validTo) : t("common.present"),
    }),
    title !== org.name ? t("orgs.nameNow", { name: org.name }) : null,
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <>
      <PageHeader
        title={title}
        subtitle={subtitle}
        badges={
          <>
            <OrgKindBadge kind={org.kind} />
            <OrgStatusBadge validFrom={org.validFrom} validTo={org.validTo} />
          </>
        }
      />
      <Stack gap="lg">
        {!existed && (
          <Alert color="gray" variant="light">
            {t("orgs.notInYear", { year })}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Paper withBorder p="md" radius="md">
            <NamesTimeline names={org.names} current={existed ? current : null} year={year} />
          </Paper>
          <Paper withBorder p="md" radius="md">
            <Stack gap="lg">
              <OrgLinks kind="predecessors" links={org.predecessors} year={year} />
              <OrgLinks kind="successors" links={org.successors} year={year} />
            </Stack>
          </Paper>
        </SimpleGrid>
        <PositionsTable positions={org.positions} />
        <ClustersTable clusters={org.clusters} />
      </Stack>
    </>
  );
};

/** /to-chuc/:id — an organisation and its history: names, predecessors and successors, posts, clusters. */
export const OrgPage = () => {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const { withYear } = useYear();
  const org = useOrg(id);
  return (
    <>
      <Anchor component={Link} to={withYear("/to-chuc")} size="sm" mb="xs" display="inline-block">
        ← {t("nav.orgs")}
      </Anchor>
      {org.isPending && <PageLoader />}
      {org.isError && <QueryError error={org.error} onRetry={() => void org.refetch()} />}
      {org.data && <OrgView org={org.data} />}
    </>
  );
};
