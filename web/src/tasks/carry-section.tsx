import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { isApiError } from "../api/client";
import { useErrorText } from "../api/error-text";
import { formatNumber } from "../lib/format";
import { clusterPath } from "../shell/cluster-scope";
import { carryTotals, defaultShare } from "./carry-room";
import { type NextPact, type TaskSummary, useCarryToPact } from "./tasks-api";

/** Why carrying is not possible now, said so the person knows what to do next. */
const Blocked = ({ next }: { next: NextPact }) => {
  const { t } = useTranslation();
  const pactLink = next.clusterId && (
    <Anchor component={Link} to={clusterPath("/giao-uoc", { id: next.clusterId, year: next.year })}>
      {t("tasks.carry.openPact", { year: next.year })}
    </Anchor>
  );
  if (!next.clusterId) return <Text size="sm">{t("tasks.carry.noCluster", { year: next.year })}</Text>;
  if (next.pactStatus === "none")
    return (
      <Text size="sm">
        {t("tasks.carry.noPact", { year: next.year })} {pactLink}
      </Text>
    );
  if (next.pactStatus !== "draft")
    return (
      <Text size="sm">
        {t("tasks.carry.notDraft", { year: next.year })} {pactLink}
      </Text>
    );
  return <Text size="sm">{t("tasks.carry.notYours", { year: next.year })}</Text>;
};

/** The head picks tasks of the year and turns them into criteria of next year's draft pact, with their points. */
export const CarrySection = ({
  clusterId,
  tasks,
  next,
}: {
  clusterId: string;
  tasks: TaskSummary[];
  next: NextPact;
}) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const carry = useCarryToPact(clusterId);
  const [chosen, setChosen] = useState<Record<string, boolean>>({});
  const [points, setPoints] = useState<Record<string, number | string>>({});
  const issues = isApiError(carry.error) ? carry.error.issues : [];
  const open = tasks.filter((task) => !task.carriedCriterionCode);
  const picked = open.filter((task) => chosen[task.id]);
  const total = next.total ?? 0;
  const room = next.room ?? 0;
  // Until the person types a figure, each chosen task takes an even share of the room, so the default fits.
  const share = defaultShare(room, Math.max(picked.length, 1));
  const pointsOf = (id: string) => {
    const v = points[id] ?? share;
    return typeof v === "number" ? v : Number.NaN;
  };
  const totals = carryTotals(
    total,
    next.limit,
    picked.map((task) => pointsOf(task.id) || 0),
  );
  const submit = () =>
    carry.mutate(
      picked.map((task) => ({ taskId: task.id, max: pointsOf(task.id) })),
      {
        onSuccess: () => {
          setChosen({});
          setPoints({});
        },
      },
    );
  const tableIssue = issues.find((x) => x.path === "items")?.message;
  const issueOf = (taskId: string) => {
    const i = picked.findIndex((p) => p.id === taskId);
    return issues.find((x) => x.path === `items[${i}].taskId` || x.path === `items[${i}].max`)?.message;
  };
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="carry-title">
      <Title order={2} fz="h4" id="carry-title" mb="xs">
        {t("tasks.carry.title", { year: next.year })}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("tasks.carry.text", { year: next.year })}
      </Text>
      {!next.canCarry ? (
        <Blocked next={next} />
      ) : (
        <Stack gap="sm">
          <Text size="sm" fw={600} id="carry-room">
            {room > 0
              ? t("tasks.carry.room", {
                  year: next.year,
                  total: formatNumber(total),
                  limit: formatNumber(next.limit),
                  room: formatNumber(room),
                })
              : t("tasks.carry.full", { year: next.year, limit: formatNumber(next.limit) })}
          </Text>
          <Table.ScrollContainer minWidth={300}>
            <Table verticalSpacing="xs" aria-label={t("tasks.carry.tableLabel", { year: next.year })}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("tasks.task")}</Table.Th>
                  <Table.Th>{t("tasks.carry.max")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tasks.map((task) => (
                  <Table.Tr key={task.id}>
                    <Table.Td>
                      {task.carriedCriterionCode ? (
                        <Stack gap={2}>
                          <Text size="sm">{task.title}</Text>
                          <Badge variant="filled" color="teal.9" size="sm">
                            {t("tasks.carry.done", { code: task.carriedCriterionCode })}
                          </Badge>
                        </Stack>
                      ) : (
                        <Checkbox
                          label={task.title}
                          checked={chosen[task.id] ?? false}
                          onChange={(e) => setChosen({ ...chosen, [task.id]: e.currentTarget.checked })}
                          error={issueOf(task.id)}
                        />
                      )}
                    </Table.Td>
                    <Table.Td>
                      {!task.carriedCriterionCode && (
                        <NumberInput
                          aria-label={t("tasks.carry.maxOf", { title: task.title })}
                          min={0.5}
                          max={100}
                          step={0.5}
                          decimalSeparator=","
                          value={points[task.id] ?? share}
                          onChange={(v) => setPoints({ ...points, [task.id]: v })}
                          w={90}
                        />
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text
            size="sm"
            aria-live="polite"
            c={totals.over > 0 ? "red.8" : undefined}
            fw={totals.over > 0 ? 600 : undefined}
          >
            {picked.length === 0
              ? null
              : totals.over > 0
                ? t("tasks.carry.over", { over: formatNumber(totals.over), room: formatNumber(room) })
                : t("tasks.carry.chosen", {
                    n: picked.length,
                    sum: formatNumber(totals.sum),
                    after: formatNumber(totals.after),
                    limit: formatNumber(next.limit),
                  })}
          </Text>
          {carry.isError && (
            <Alert color="red" role="alert" title={t("tasks.carry.failed")}>
              {tableIssue ?? errorText(carry.error)}
            </Alert>
          )}
          {carry.isSuccess && (
            <Alert
              color="teal"
              role="status"
              title={t("tasks.carry.saved", { n: carry.data.carried.length })}
            >
              {carry.data.carried.map((c) => c.code).join(", ")} ·{" "}
              <Anchor
                component={Link}
                to={clusterPath("/giao-uoc", { id: carry.data.clusterId, year: next.year })}
                c="dark.9"
                fw={600}
                underline="always"
              >
                {t("tasks.carry.openPact", { year: next.year })}
              </Anchor>
            </Alert>
          )}
          <Button
            onClick={submit}
            disabled={picked.length === 0 || open.length === 0 || totals.over > 0}
            loading={carry.isPending}
            style={{ alignSelf: "flex-start" }}
          >
            {t("tasks.carry.submit", { year: next.year, n: picked.length })}
          </Button>
        </Stack>
      )}
    </Paper>
  );
};
