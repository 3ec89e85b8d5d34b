import { Anchor, Badge, List, Paper, Stack, Table, Text, Timeline, Title } from "@mantine/core";
import { lazy, type ReactNode, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { formatBytes, formatDate, formatDateTime, formatNumber } from "../lib/format";
import { PageHeader } from "../shell/page-header";
import { PageLoader, QueryError } from "../shell/query-state";
import { ReportForm } from "./report-form";
import { TaskStatusBadge } from "./task-status-badge";
import { evidenceHref, type TaskView, useTask } from "./tasks-api";

const UnitBars = lazy(() => import("./task-charts").then((m) => ({ default: m.UnitBars })));
const ProgressLines = lazy(() => import("./task-charts").then((m) => ({ default: m.ProgressLines })));

const Section = ({ id, title, children }: { id: string; title: string; children: ReactNode }) => (
  <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
    <Title order={2} fz="h4" id={id} mb="sm">
      {title}
    </Title>
    {children}
  </Paper>
);

/** The title with each document it names as a link to the registry entry, when there is one. */
const LinkedText = ({ task, field }: { task: TaskView; field: "title" | "description" }) => {
  const text = task[field];
  const parts: ReactNode[] = [];
  let at = 0;
  for (const m of task.mentions.filter((x) => x.field === field && x.documentId)) {
    parts.push(text.slice(at, m.start));
    parts.push(
      <Anchor key={m.start} component={Link} to={`/nhiem-vu/van-ban?q=${encodeURIComponent(m.symbol)}`}>
        {text.slice(m.start, m.end)}
      </Anchor>,
    );
    at = m.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
};

const Assignments = ({ task }: { task: TaskView }) => {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={340}>
      <Table striped verticalSpacing="xs" aria-label={t("tasks.assignmentsLabel")}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("tasks.unit")}</Table.Th>
            <Table.Th>{t("tasks.status")}</Table.Th>
            <Table.Th>{t("tasks.percent")}</Table.Th>
            {task.indicator && <Table.Th visibleFrom="sm">{t("tasks.figure")}</Table.Th>}
            <Table.Th visibleFrom="sm">{t("tasks.lastReport")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {task.assignments.map((a) => (
            <Table.Tr key={a.unit.id}>
              <Table.Td>
                {a.unit.name}{" "}
                {a.lead && (
                  <Badge variant="outline" size="sm" color="dark">
                    {t("tasks.lead")}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <TaskStatusBadge status={a.status} size="sm" />
              </Table.Td>
              <Table.Td>{a.percent === null ? "—" : `${formatNumber(a.percent)}%`}</Table.Td>
              {task.indicator && (
                <Table.Td visibleFrom="sm">
                  {a.figure === null ? "—" : formatNumber(a.figure)}
                  {a.target !== null && ` / ${formatNumber(a.target)}`}
                </Table.Td>
              )}
              <Table.Td visibleFrom="sm">{formatDate(a.lastReportedOn) || "—"}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};

const Reports = ({ task }: { task: TaskView }) => {
  const { t } = useTranslation();
  if (task.reports.length === 0) return <Text c="dimmed">{t("tasks.noReports")}</Text>;
  return (
    <Timeline bulletSize={14} lineWidth={2}>
      {task.reports.map((r) => (
        <Timeline.Item
          key={r.id}
          title={`${formatDate(r.reportedOn)} · ${r.unitName} · ${formatNumber(r.percent)}%`}
        >
          <Text size="sm">{r.text}</Text>
          {r.evidence.map((f) => (
            <Anchor key={f.id} href={evidenceHref(task.id, f.id)} size="sm" target="_blank" rel="noopener">
              {t("tasks.evidence")}: {f.name} ({formatBytes(f.size)})
            </Anchor>
          ))}
          <Text size="xs" c="dimmed">
            {t("tasks.by", { name: r.authorName, at: formatDateTime(r.createdAt) })}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
};

const TaskBody = ({ task }: { task: TaskView }) => {
  const { t } = useTranslation();
  return (
    <>
      <Anchor component={Link} to={`/nhiem-vu?cum=${task.clusterId}&year=${task.year}`} size="sm" mb="xs">
        {t("tasks.back")}
      </Anchor>
      <PageHeader
        title={task.title}
        badges={
          <>
            <TaskStatusBadge status={task.status} size="lg" />
            <Badge variant="default" size="lg">
              {formatNumber(task.progress)}%
            </Badge>
          </>
        }
        subtitle={`${t("tasks.start")} ${formatDate(task.startDate)} · ${t("tasks.deadline")} ${formatDate(task.deadline)} · ${t(`tasks.cadence.${task.cadence}`)} · ${t("tasks.weight")} ${task.weight}`}
      />
      <Stack gap="md">
        <Paper withBorder p="md" radius="md">
          <Stack gap={6}>
            <Text>
              <LinkedText task={task} field="title" />
            </Text>
            {task.description && (
              <Text size="sm" c="dimmed">
                <LinkedText task={task} field="description" />
              </Text>
            )}
            {task.indicator && <Text size="sm">{t("tasks.indicator", { indicator: task.indicator })}</Text>}
            {task.source && (
              <Text size="sm">
                {t("tasks.source")}
                {task.source.kind === "meeting_conclusion" && (
                  <>
                    {" · "}
                    <Anchor component={Link} to={`/hoi-nghi/${task.source.id.split("#")[0]}`}>
                      {t("tasks.create.sourceLink")}
                    </Anchor>
                  </>
                )}
              </Text>
            )}
            {task.carriedCriterionCode && (
              <Text size="sm">{t("tasks.carried", { code: task.carriedCriterionCode })}</Text>
            )}
          </Stack>
        </Paper>
        <Section id="task-docs" title={t("tasks.documents")}>
          {task.documents.length === 0 ? (
            <Text c="dimmed">{t("tasks.noDocuments")}</Text>
          ) : (
            <List>
              {task.documents.map((d) => (
                <List.Item key={d.id}>
                  <Anchor component={Link} to={`/nhiem-vu/van-ban?q=${encodeURIComponent(d.symbol)}`}>
                    {d.typeName ? `${d.typeName} ` : ""}
                    {d.symbol}
                  </Anchor>{" "}
                  — {d.title}
                </List.Item>
              ))}
            </List>
          )}
        </Section>
        {task.can.reportFor.length > 0 && <ReportForm task={task} />}
        <Section id="task-units" title={t("tasks.assignments")}>
          <Assignments task={task} />
        </Section>
        <Suspense fallback={<PageLoader />}>
          <Section id="task-chart-units" title={t("tasks.chartUnits")}>
            <UnitBars task={task} title={t("tasks.chartUnits")} />
          </Section>
          {task.reports.length > 0 && (
            <Section id="task-chart-time" title={t("tasks.chartTimeline")}>
              <ProgressLines task={task} title={t("tasks.chartTimeline")} />
            </Section>
          )}
        </Suspense>
        <Section id="task-timeline" title={t("tasks.timeline")}>
          <Reports task={task} />
        </Section>
      </Stack>
    </>
  );
};

/** /nhiem-vu/:id — a task: its documents, units, charts, the unit's report form and the report timeline. */
export const TaskPage = () => {
  const { id = "" } = useParams();
  const task = useTask(id);
  if (task.isPending) return <PageLoader />;
  if (task.isError) return <QueryError error={task.error} onRetry={() => void task.refetch()} />;
  return <TaskBody task={task.data} />;
};
