import { Anchor, Button, Group, Paper, Progress, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { buildUrl } from "../api/client";
import type { ClusterDetail } from "../api/types";
import { formatDate, formatNumber } from "../lib/format";
import { ClusterScope, clusterPath } from "../shell/cluster-scope";
import { Empty } from "../shell/empty";
import { PageHeader } from "../shell/page-header";
import { PageLoader, QueryError } from "../shell/query-state";
import { CarrySection } from "./carry-section";
import { TaskStatusBadge } from "./task-status-badge";
import { useTasks } from "./tasks-api";

const ClusterTasks = ({ cluster }: { cluster: ClusterDetail }) => {
  const { t } = useTranslation();
  const tasks = useTasks(cluster.id);
  const body = () => {
    if (tasks.isPending) return <PageLoader />;
    if (tasks.isError) return <QueryError error={tasks.error} onRetry={() => void tasks.refetch()} />;
    const { tasks: rows, clusters } = tasks.data;
    const progress = clusters[0]?.progress ?? 0;
    const summary = clusters[0];
    if (rows.length === 0)
      return (
        <Empty
          title={t("tasks.emptyTitle")}
          description={t("tasks.empty", { year: cluster.year })}
          icon="∅"
        />
      );
    return (
      <Stack gap="md">
        <Paper withBorder p="md" radius="md">
          <Group justify="space-between" mb={6}>
            <Text fw={600}>{t("tasks.clusterProgress")}</Text>
            <Text fw={700}>{formatNumber(progress)}%</Text>
          </Group>
          <Progress.Root size="lg">
            <Progress.Section value={progress} aria-label={t("tasks.clusterProgress")} />
          </Progress.Root>
        </Paper>
        <Table.ScrollContainer minWidth={340}>
          <Table
            striped
            highlightOnHover
            verticalSpacing="sm"
            aria-label={t("tasks.tableLabel", { year: cluster.year })}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("tasks.task")}</Table.Th>
                <Table.Th>{t("tasks.status")}</Table.Th>
                <Table.Th visibleFrom="sm">{t("tasks.deadline")}</Table.Th>
                <Table.Th>{t("tasks.progress")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((task) => (
                <Table.Tr key={task.id}>
                  <Table.Td style={{ minWidth: 180 }}>
                    <Anchor component={Link} to={`/nhiem-vu/${task.id}?year=${cluster.year}`}>
                      {task.title}
                    </Anchor>
                    {task.overdueUnits > 0 && (
                      <Text size="sm" c="red.9" fw={600}>
                        {t("tasks.overdueUnits", { n: task.overdueUnits })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <TaskStatusBadge status={task.status} />
                  </Table.Td>
                  <Table.Td visibleFrom="sm">{formatDate(task.deadline)}</Table.Td>
                  <Table.Td style={{ minWidth: 90 }}>
                    <Text size="sm" fw={600}>
                      {formatNumber(task.progress)}%
                    </Text>
                    <Progress
                      value={task.progress}
                      size="sm"
                      aria-label={`${t("tasks.progress")}: ${task.title}`}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {(summary?.canManage || summary?.nextPact.canCarry) && (
          <CarrySection clusterId={cluster.id} tasks={rows} next={summary.nextPact} />
        )}
      </Stack>
    );
  };
  const canManage = tasks.data?.clusters[0]?.canManage ?? false;
  return (
    <>
      <PageHeader
        title={t("tasks.title", { year: cluster.year })}
        subtitle={cluster.name}
        actions={
          <>
            {canManage && (
              <Button component={Link} to={clusterPath("/nhiem-vu/moi", cluster)}>
                {t("tasks.create.open")}
              </Button>
            )}
            <Button component={Link} to="/thong-bao" variant="light">
              {t("tasks.notifications.open")}
            </Button>
            <Button component={Link} to="/nhiem-vu/van-ban" variant="light">
              {t("tasks.registry")}
            </Button>
            <Button
              component="a"
              href={buildUrl(`/clusters/${encodeURIComponent(cluster.id)}/tasks.xlsx`)}
              download
              variant="default"
            >
              {t("documents.tasksXlsx")}
            </Button>
          </>
        }
      />
      {body()}
    </>
  );
};

/** /nhiem-vu?cum=ID — the cluster's key tasks with status, progress and the weighted roll-up. */
export const TaskListPage = () => {
  const { t } = useTranslation();
  return (
    <ClusterScope path="/nhiem-vu" title={t("nav.tasks")}>
      {(cluster) => <ClusterTasks cluster={cluster} />}
    </ClusterScope>
  );
};
