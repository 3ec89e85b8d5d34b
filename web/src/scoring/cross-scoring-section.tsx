import { Alert, Button, Group, NativeSelect, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/client";
import { useErrorText } from "../api/error-text";
import type { ClusterDetail } from "../api/types";
import { sortVi } from "../lib/text";
import { PageLoader, QueryError } from "../shell/query-state";
import { type CrossAssignment, useChangeCrossScoring, useCrossScoring } from "./exchange-api";

type Errors = { reviewerUnitId?: string; reviewedUnitId?: string; other?: string };

/** The council's cross-scoring (chấm chéo): who reviews whom, with adding and removing. */
export const CrossScoringSection = ({ cluster }: { cluster: ClusterDetail }) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const list = useCrossScoring(cluster.id);
  const change = useChangeCrossScoring(cluster.id);
  const [reviewer, setReviewer] = useState("");
  const [reviewed, setReviewed] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const members = sortVi(cluster.members, (m) => m.name);
  const nameOf = (unitId: string) => members.find((m) => m.unitId === unitId)?.name ?? unitId;
  const names = (pair: CrossAssignment) => ({
    reviewer: nameOf(pair.reviewerUnitId),
    reviewed: nameOf(pair.reviewedUnitId),
  });
  const options = [
    { value: "", label: t("exchange.cross.pick") },
    ...members.map((m) => ({ value: m.unitId, label: m.name })),
  ];

  const add = () => {
    const e: Errors = {};
    if (!reviewer) e.reviewerUnitId = t("exchange.cross.required");
    if (!reviewed) e.reviewedUnitId = t("exchange.cross.required");
    else if (reviewed === reviewer) e.reviewedUnitId = t("exchange.cross.same");
    else if (list.data?.some((p) => p.reviewerUnitId === reviewer && p.reviewedUnitId === reviewed))
      e.reviewedUnitId = t("exchange.cross.exists");
    setErrors(e);
    if (Object.keys(e).length > 0) return;
    const pair = { reviewerUnitId: reviewer, reviewedUnitId: reviewed };
    change.mutate(
      { pair, remove: false },
      {
        onSuccess: () => {
          notifications.show({ color: "teal", message: t("exchange.cross.added", names(pair)) });
          setReviewed("");
        },
        onError: (error) => {
          const at = (path: string) =>
            isApiError(error) ? error.issues.find((i) => i.path === path)?.message : undefined;
          const located = { reviewerUnitId: at("reviewerUnitId"), reviewedUnitId: at("reviewedUnitId") };
          setErrors({
            ...located,
            other: located.reviewerUnitId || located.reviewedUnitId ? undefined : errorText(error),
          });
        },
      },
    );
  };
  const remove = (pair: CrossAssignment) =>
    change.mutate(
      { pair, remove: true },
      {
        onSuccess: () =>
          notifications.show({ color: "teal", message: t("exchange.cross.removed", names(pair)) }),
        onError: (error) => setErrors({ other: errorText(error) }),
      },
    );

  const table = () => {
    if (list.isPending) return <PageLoader />;
    if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
    if (list.data.length === 0)
      return (
        <Text size="sm" c="dimmed">
          {t("exchange.cross.none")}
        </Text>
      );
    return (
      <Table aria-label={t("exchange.cross.label")} verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("exchange.cross.reviewer")}</Table.Th>
            <Table.Th scope="col">{t("exchange.cross.reviewed")}</Table.Th>
            <Table.Th scope="col">{t("files.actions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.data.map((pair) => (
            <Table.Tr key={`${pair.reviewerUnitId}-${pair.reviewedUnitId}`}>
              <Table.Td>{nameOf(pair.reviewerUnitId)}</Table.Td>
              <Table.Td>{nameOf(pair.reviewedUnitId)}</Table.Td>
              <Table.Td>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  onClick={() => remove(pair)}
                  disabled={change.isPending}
                  aria-label={t("exchange.cross.removeNamed", names(pair))}
                >
                  {t("exchange.cross.remove")}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    );
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="cross-scoring-title">
      <Stack gap="sm">
        <div>
          <Title order={2} fz="h4" id="cross-scoring-title">
            {t("exchange.cross.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("exchange.cross.text")}
          </Text>
        </div>
        {table()}
        <Group align="flex-start" gap="sm" wrap="wrap">
          <NativeSelect
            label={t("exchange.cross.reviewer")}
            data={options}
            value={reviewer}
            onChange={(e) => {
              setReviewer(e.currentTarget.value);
              setErrors({});
            }}
            error={errors.reviewerUnitId}
            miw={260}
          />
          <NativeSelect
            label={t("exchange.cross.reviewed")}
            data={options}
            value={reviewed}
            onChange={(e) => {
              setReviewed(e.currentTarget.value);
              setErrors({});
            }}
            error={errors.reviewedUnitId}
            miw={260}
          />
          <Button onClick={add} loading={change.isPending} mt={25}>
            {t("exchange.cross.add")}
          </Button>
        </Group>
        {errors.other && (
          <Alert color="red" role="alert" p="xs">
            {errors.other}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
};
