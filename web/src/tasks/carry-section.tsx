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
import { clusterPath } from "../shell/cluster-scope";
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
  const submit = () =>
    carry.mutate(
      picked.map((task) => {
        const max = points[task.id] ?? 5;
        return { taskId: task.id, max: typeof max === "number" ? max : Number.NaN };
      }),
      { onSuccess: () => setChosen({}) },
    );
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
                          value={points[task.id] ?? 5}
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
          {carry.isError && (
            <Alert color="red" role="alert" title={t("tasks.carry.failed")}>
              {errorText(carry.error)}
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
            disabled={picked.length === 0 || open.length === 0}
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
