import { Anchor, Group, Progress, Stack, Table, Text, Tooltip } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ClusterDetail } from "../api/types";
import { RoleBadge } from "../clusters/badges";
import { formatScore } from "../lib/format";
import { clusterPath } from "../shell/cluster-scope";
import type { AssessmentSummary } from "./assessments-api";
import { AssessmentStatusBadge, STATUS_COLOR, STATUS_ORDER } from "./status-badge";

/** What the assessment still needs, and from whom. */
export const owes = (a: AssessmentSummary, t: TFunction): string => {
  if (a.status === "draft") {
    if (a.missingCount === null) return t("scoring.owes.draft");
    return a.missingCount > 0 ? t("scoring.owes.missing", { n: a.missingCount }) : t("scoring.owes.submit");
  }
  return t(`scoring.owes.${a.status}`);
};

/** How far the cluster is: one coloured section per status, each with its count. */
const StatusBar = ({ list }: { list: AssessmentSummary[] }) => {
  const { t } = useTranslation();
  const counts = STATUS_ORDER.map((s) => ({
    status: s,
    n: list.filter((a) => a.status === s).length,
  })).filter((c) => c.n > 0);
  return (
    <Stack gap={6}>
      <Progress.Root size={28} aria-hidden>
        {counts.map((c) => (
          <Tooltip key={c.status} label={`${t(`scoring.status.${c.status}`)}: ${c.n}`}>
            <Progress.Section value={(c.n / list.length) * 100} color={STATUS_COLOR[c.status]}>
              <Progress.Label fz="sm">{c.n}</Progress.Label>
            </Progress.Section>
          </Tooltip>
        ))}
      </Progress.Root>
      <Group gap="md">
        {counts.map((c) => (
          <Text size="sm" key={c.status}>
            <Text span c={STATUS_COLOR[c.status]} fw={900} aria-hidden>
              ■{" "}
            </Text>
            {t(`scoring.status.${c.status}`)}: <b>{c.n}</b>
          </Text>
        ))}
      </Group>
    </Stack>
  );
};

/** The members' assessments: status, what each still owes, totals so far. */
export const AssessmentList = ({ cluster, list }: { cluster: ClusterDetail; list: AssessmentSummary[] }) => {
  const { t } = useTranslation();
  const score = (n: number | null) => (n === null ? t("common.none") : formatScore(n));
  return (
    <Stack gap="md">
      <StatusBar list={list} />
      <Table.ScrollContainer minWidth={340}>
        <Table aria-label={t("scoring.listLabel")} verticalSpacing="sm" striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("clusters.unit")}</Table.Th>
              <Table.Th scope="col" visibleFrom="sm">
                {t("clusters.role")}
              </Table.Th>
              <Table.Th scope="col">{t("scoring.statusCol")}</Table.Th>
              <Table.Th scope="col" visibleFrom="sm">
                {t("scoring.owesCol")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("scoring.selfTotal")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("scoring.finalTotal")}
              </Table.Th>
              <Table.Th scope="col" ta="right" visibleFrom="sm">
                {t("scoring.evidenceCol")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((a) => (
              <Table.Tr key={a.unitId}>
                <Table.Th scope="row" fw={500}>
                  {a.canRead ? (
                    <Anchor component={Link} to={clusterPath("/cham-diem", cluster, `&don-vi=${a.unitId}`)}>
                      {a.unitName}
                    </Anchor>
                  ) : (
                    a.unitName
                  )}
                </Table.Th>
                <Table.Td visibleFrom="sm">
                  <RoleBadge role={a.role} />
                </Table.Td>
                <Table.Td>
                  <AssessmentStatusBadge status={a.status} />
                  {/* On a phone, what it owes goes under the status: the column is hidden. */}
                  <Text size="xs" c="dimmed" hiddenFrom="sm" mt={4}>
                    {owes(a, t)}
                  </Text>
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  <Text size="sm">{owes(a, t)}</Text>
                </Table.Td>
                <Table.Td ta="right">{score(a.selfTotal)}</Table.Td>
                <Table.Td ta="right" fw={700}>
                  {score(a.finalTotal)}
                </Table.Td>
                <Table.Td ta="right" visibleFrom="sm">
                  {a.evidenceCount === null ? t("common.none") : a.evidenceCount}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
};
