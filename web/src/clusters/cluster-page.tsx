import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { ClusterDetail, UnitRef } from "../api/types";
import { CalendarSection } from "../calendars/calendar-section";
import { clusterYearJsonHref, criteriaXlsxHref } from "../pacts/pacts-api";
import { useFollowYear } from "../shell/follow-year";
import { PageHeader } from "../shell/page-header";
import { PageLoader, QueryError } from "../shell/query-state";
import { useYear } from "../shell/year-context";
import { KindBadge, RoleBadge } from "./badges";
import { CloneClusterButton } from "./clone-cluster-button";
import { useCluster } from "./clusters-api";
import { MemberTable } from "./member-table";

type LeaderProps = { leaderRole: "head" | "deputy"; unit: UnitRef | null; year: number };

const Leader = ({ leaderRole, unit, year }: LeaderProps) => {
  const { t } = useTranslation();
  return (
    <Group gap="sm" wrap="nowrap" align="center">
      <RoleBadge role={leaderRole} />
      {unit ? (
        <Anchor component={Link} to={`/to-chuc/${unit.unitId}?year=${year}`} fw={500}>
          {unit.name}
        </Anchor>
      ) : (
        <Text c="dimmed">{t("clusters.notDecided")}</Text>
      )}
    </Group>
  );
};

/** The cluster's year of work: its pact, scoring and ranking, and next year's cluster once it exists. */
const YearLinks = ({ cluster }: { cluster: ClusterDetail }) => {
  const { t } = useTranslation();
  const query = `?cum=${cluster.id}&year=${cluster.year}`;
  return (
    <Group gap="xs">
      <Button component={Link} to={`/giao-uoc${query}`} variant="light">
        {t("nav.pacts")}
      </Button>
      <Button component={Link} to={`/cham-diem${query}`} variant="light">
        {t("nav.scoring")}
      </Button>
      <Button component={Link} to={`/xep-hang${query}`} variant="light">
        {t("nav.ranking")}
      </Button>
      <Button component="a" href={criteriaXlsxHref(cluster.id)} download variant="default">
        {t("exchange.criteriaXlsx")}
      </Button>
      <Button component="a" href={clusterYearJsonHref(cluster.id)} download variant="default">
        {t("exchange.exportJson")}
      </Button>
      {cluster.nextYearClusterId && (
        <Anchor component={Link} to={`/cum/${cluster.nextYearClusterId}?year=${cluster.year + 1}`} ml="sm">
          {t("clusters.seeNextYear", { year: cluster.year + 1 })} →
        </Anchor>
      )}
    </Group>
  );
};

const ClusterView = ({ cluster }: { cluster: ClusterDetail }) => {
  const { t } = useTranslation();
  const { year: selected } = useYear();
  return (
    <>
      <PageHeader
        title={cluster.name}
        subtitle={`${t("clusters.council")}: ${cluster.councilName}`}
        badges={
          <>
            <KindBadge kind={cluster.kind} />
            <Badge variant="default">
              {t("clusters.year")} {cluster.year}
            </Badge>
            <Badge variant="default">
              {t("clusters.code")}: {cluster.code}
            </Badge>
          </>
        }
        actions={cluster.canClone ? <CloneClusterButton cluster={cluster} /> : undefined}
      />
      <Stack gap="lg">
        {cluster.year !== selected && (
          <Alert color="blue" variant="light">
            {t("shell.otherYear", { year: cluster.year, selected })}{" "}
            <Anchor component={Link} to={`/cum?year=${selected}`}>
              {t("clusters.seeYear", { year: selected })}
            </Anchor>
          </Alert>
        )}
        <YearLinks cluster={cluster} />
        <Paper withBorder p="md" radius="md">
          <Title order={2} fz="h4" mb="sm">
            {t("clusters.leadership", { year: cluster.year })}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            <Leader leaderRole="head" unit={cluster.head} year={cluster.year} />
            <Leader leaderRole="deputy" unit={cluster.deputy} year={cluster.year} />
          </SimpleGrid>
        </Paper>
        <CalendarSection clusterId={cluster.id} />
        <MemberTable members={cluster.members} year={cluster.year} />
      </Stack>
    </>
  );
};

/** /cum/:id — one cluster of one year: leaders, members, and cloning into the next year. */
export const ClusterPage = () => {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const { withYear } = useYear();
  const cluster = useCluster(id);
  // The header's year selector moves to the same cluster of the chosen year.
  const moving = useFollowYear(cluster.data, (found, year) =>
    found ? `/cum/${found}?year=${year}` : `/cum?year=${year}`,
  );
  if (moving) return <PageLoader />;
  return (
    <>
      <Anchor component={Link} to={withYear("/cum")} size="sm" mb="xs" display="inline-block">
        ← {t("nav.clusters")}
      </Anchor>
      {cluster.isPending && <PageLoader />}
      {cluster.isError && <QueryError error={cluster.error} onRetry={() => void cluster.refetch()} />}
      {cluster.data && <ClusterView cluster={cluster.data} />}
    </>
  );
};
