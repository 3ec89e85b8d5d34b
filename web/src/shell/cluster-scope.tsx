import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { type ReactNode, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import type { ClusterDetail } from "../api/types";
import { KindBadge } from "../clusters/badges";
import { useCluster, useClusters } from "../clusters/clusters-api";
import { sortVi } from "../lib/text";
import { Empty } from "./empty";
import { useFollowYear } from "./follow-year";
import { PageHeader } from "./page-header";
import { PageLoader, QueryError } from "./query-state";
import { useYear } from "./year-context";

/** `?cum=<clusterId>` of the pact, scoring and ranking pages. */
export const useClusterParam = (): string | null => {
  const [params] = useSearchParams();
  return params.get("cum");
};

/** The address of a page of `path` for one cluster of one year (with `?cum=` and `?year=`). */
export const clusterPath = (path: string, cluster: { id: string; year: number }, extra = ""): string =>
  `${path}?cum=${cluster.id}&year=${cluster.year}${extra}`;

type PickerProps = { path: string; title: string };

/** Lists the clusters of the selected year; one click opens the page for it. A single cluster opens at once. */
const ClusterPicker = ({ path, title }: PickerProps) => {
  const { t } = useTranslation();
  const { year } = useYear();
  const clusters = useClusters(year);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const only = clusters.data?.length === 1 ? clusters.data[0] : undefined;

  // The rest of the address (e.g. the ranking's ?giai-doan=) survives the move to the only cluster.
  useEffect(() => {
    if (!only) return;
    const search = new URLSearchParams(params);
    search.set("cum", only.id);
    search.set("year", String(only.year));
    navigate(`${path}?${search.toString()}`, { replace: true });
  }, [only, navigate, path, params]);

  const body = () => {
    if (clusters.isPending || only) return <PageLoader />;
    if (clusters.isError)
      return <QueryError error={clusters.error} onRetry={() => void clusters.refetch()} />;
    if (clusters.data.length === 0)
      return (
        <Empty title={t("clusters.emptyTitle")} description={t("scope.noClusters", { year })} icon="∅" />
      );
    return (
      <ul className="card-grid" aria-label={t("scope.listLabel")}>
        {sortVi(clusters.data, (c) => c.name).map((cluster) => (
          <li key={cluster.id}>
            <Card withBorder radius="md" padding="lg" component="article">
              <Group justify="space-between" mb="xs">
                <KindBadge kind={cluster.kind} />
                <Text size="xs" c="dimmed">
                  {t("clusters.code")}: {cluster.code}
                </Text>
              </Group>
              <Title order={2} fz="h4" mb="sm">
                <Anchor component={Link} to={clusterPath(path, cluster)}>
                  {cluster.name}
                </Anchor>
              </Title>
              <Text size="sm" c="dimmed">
                {cluster.councilName}
              </Text>
            </Card>
          </li>
        ))}
      </ul>
    );
  };

  return (
    <>
      <PageHeader title={title} subtitle={t("scope.pick", { year })} />
      {body()}
    </>
  );
};

type ScopeProps = {
  /** The page's own path: "/giao-uoc". */
  path: string;
  /** The page's name, shown while the user picks a cluster. */
  title: string;
  children: (cluster: ClusterDetail) => ReactNode;
};

/** A page about one cluster: asks which one (of the selected year) unless `?cum=` says it. */
export const ClusterScope = ({ path, title, children }: ScopeProps) => {
  const id = useClusterParam();
  if (!id) return <ClusterPicker path={path} title={title} />;
  return (
    <ScopedCluster id={id} path={path}>
      {children}
    </ScopedCluster>
  );
};

const ScopedCluster = ({
  id,
  path,
  children,
}: {
  id: string;
  path: string;
  children: ScopeProps["children"];
}) => {
  const { t } = useTranslation();
  const { year, withYear } = useYear();
  const cluster = useCluster(id);
  const siblings = useClusters(year);
  const moving = useFollowYear(cluster.data, (found, nextYear, search) => {
    if (!found) return `${path}?year=${nextYear}`;
    search.set("cum", found);
    return `${path}?${search.toString()}`;
  });
  if (cluster.isPending || moving) return <PageLoader />;
  if (cluster.isError) return <QueryError error={cluster.error} onRetry={() => void cluster.refetch()} />;
  const data = cluster.data;
  const next = data.nextYearClusterId && data.year + 1 === year ? data.nextYearClusterId : null;
  return (
    <Stack gap={0}>
      <Group gap="md" mb="xs">
        <Anchor component={Link} to={withYear(`/cum/${data.id}`)} size="sm">
          ← {data.name}
        </Anchor>
        {(siblings.data?.length ?? 0) > 1 && (
          <Anchor component={Link} to={`${path}?year=${year}`} size="sm">
            {t("scope.change")}
          </Anchor>
        )}
      </Group>
      {data.year !== year && (
        <Alert color="blue" variant="light" mb="md">
          <Group gap="sm">
            <Text size="sm">{t("shell.otherYear", { year: data.year, selected: year })}</Text>
            {next ? (
              <Button component={Link} to={clusterPath(path, { id: next, year })} size="xs" variant="white">
                {t("scope.openNext", { year })}
              </Button>
            ) : (
              <Button component={Link} to={`${path}?year=${year}`} size="xs" variant="white">
                {t("scope.pickYear", { year })}
              </Button>
            )}
          </Group>
        </Alert>
      )}
      {children(data)}
    </Stack>
  );
};
