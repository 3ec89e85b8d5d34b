import { Alert, Badge, Button, List, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ValidationIssue } from "../api/types";
import { formatScore } from "../lib/format";
import { localized } from "../lib/localized";
import { STATUS_COLOR } from "../scoring/status-badge";
import { clusterPath } from "../shell/cluster-scope";
import type { AmendmentImpact, ImpactRow } from "./pacts-api";

type Cluster = { id: string; year: number };

const isStatus = (s: string): s is keyof typeof STATUS_COLOR => s in STATUS_COLOR;

const Change = ({ from, to }: { from: string; to: string }) => {
  const { t } = useTranslation();
  if (from === to) return <Text size="sm">{from}</Text>;
  return (
    <Text size="sm" fw={700} c="red.9">
      {t("pacts.impact.arrow", { from, to })}
    </Text>
  );
};

const score = (n: number | null) => (n === null ? "—" : formatScore(n));

/** Each assessment the amendment would change: its stage, total, rank and band before → after, and invalid values. */
export const ImpactTable = ({ rows }: { rows: ImpactRow[] }) => {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={340}>
      <Table aria-label={t("pacts.impact.tableLabel")} verticalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("pacts.impact.unit")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("pacts.impact.total")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("pacts.impact.rank")}
            </Table.Th>
            <Table.Th scope="col" visibleFrom="sm">
              {t("pacts.impact.band")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={`${r.unitId}-${r.published}`}>
              <Table.Th scope="row" fw={500}>
                <Text size="sm" fw={600}>
                  {r.unitName}
                </Text>
                <Badge color={isStatus(r.status) ? STATUS_COLOR[r.status] : "gray.7"} size="sm" mt={2}>
                  {r.published
                    ? t("pacts.impact.publishedTag")
                    : isStatus(r.status)
                      ? t(`scoring.status.${r.status}`)
                      : r.statusLabel}
                </Badge>
                {r.invalidInputs.length > 0 && (
                  <List size="xs" mt={4} c="red.9" aria-label={t("pacts.impact.invalid")}>
                    {r.invalidInputs.map((i) => (
                      <List.Item key={i.criterionCode}>
                        {i.criterionCode}: {localized(i18n.language, i.message, i.messageEn)}
                      </List.Item>
                    ))}
                  </List>
                )}
              </Table.Th>
              <Table.Td ta="right">
                <Change from={score(r.totalBefore)} to={score(r.totalAfter)} />
              </Table.Td>
              <Table.Td ta="right">
                <Change from={String(r.rankBefore ?? "—")} to={String(r.rankAfter ?? "—")} />
              </Table.Td>
              <Table.Td visibleFrom="sm">
                <Change from={r.bandBefore ?? "—"} to={r.bandAfter ?? "—"} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};

/** How to go ahead when published results stand in the way: the council reopens them on the ranking page. */
const HowToGoAhead = ({ cluster }: { cluster: Cluster }) => {
  const { t } = useTranslation();
  return (
    <Stack gap={6} mt="sm">
      <Text size="sm" fw={700}>
        {t("pacts.impact.howTitle")}
      </Text>
      <Text size="sm">{t("pacts.impact.how")}</Text>
      <Button
        component={Link}
        to={clusterPath("/xep-hang", cluster)}
        size="xs"
        variant="white"
        color="red.9"
        style={{ alignSelf: "flex-start" }}
      >
        {t("pacts.impact.openRanking")}
      </Button>
    </Stack>
  );
};

/** The preview asked with "Xem ảnh hưởng": nothing changes, unpublished changes, or a refusal ahead. */
export const ImpactPanel = ({
  impact,
  stale,
  cluster,
}: {
  impact: AmendmentImpact;
  stale: boolean;
  cluster: Cluster;
}) => {
  const { t } = useTranslation();
  const published = impact.rows.filter((r) => r.published).length;
  const color = impact.blocked ? "red" : impact.rows.length > 0 ? "yellow" : "teal";
  return (
    <Alert color={color} variant="light" title={t("pacts.impact.title")} aria-live="polite">
      <Stack gap="xs">
        {stale && (
          <Text size="sm" fw={600}>
            {t("pacts.impact.stale")}
          </Text>
        )}
        <Text size="sm">
          {impact.rows.length === 0
            ? t("pacts.impact.none")
            : impact.blocked
              ? t("pacts.impact.blocked", { count: published })
              : t("pacts.impact.open", { count: impact.rows.length })}
        </Text>
        {impact.rows.length > 0 && <ImpactTable rows={impact.rows} />}
        {impact.blocked && <HowToGoAhead cluster={cluster} />}
      </Stack>
    </Alert>
  );
};

/** The server's 409 on saving: nothing was saved; its list of published results the amendment would change. */
export const RefusalAlert = ({
  message,
  issues,
  cluster,
}: {
  message: string;
  issues: ValidationIssue[];
  cluster: Cluster;
}) => {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t("pacts.impact.refusedTitle")} role="alert">
      <Text size="sm">{message}</Text>
      {issues.length > 0 && (
        <List size="sm" mt="xs">
          {issues.map((i) => (
            <List.Item key={`${i.path}-${i.message}`}>{i.message}</List.Item>
          ))}
        </List>
      )}
      <HowToGoAhead cluster={cluster} />
    </Alert>
  );
};
