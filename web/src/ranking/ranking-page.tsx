import { Alert, Badge, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { lazy, type ReactNode, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import type { ClusterDetail } from "../api/types";
import { formatScore } from "../lib/format";
import { localized } from "../lib/localized";
import { ClusterScope, clusterPath } from "../shell/cluster-scope";
import { Empty } from "../shell/empty";
import { PageHeader } from "../shell/page-header";
import { PageLoader, QueryError } from "../shell/query-state";
import { PhoneBars, PhoneHeatMap } from "./phone-charts";
import { PublicationPanel } from "./publication-panel";
import {
  type RankingResponse,
  type RankingStage,
  rankingXlsxHref,
  useMatrix,
  useRanking,
} from "./ranking-api";
import { RankingTable } from "./ranking-table";
import { SelfVsFinalTable } from "./self-vs-final";
import { WhyRank } from "./why-rank";

const TotalsBarChart = lazy(() => import("./ranking-charts").then((m) => ({ default: m.TotalsBarChart })));
const CriteriaHeatMap = lazy(() => import("./ranking-charts").then((m) => ({ default: m.CriteriaHeatMap })));

const STAGES: readonly RankingStage[] = ["final", "draft", "self"];
const isStage = (value: string | null): value is RankingStage => STAGES.some((s) => s === value);

const Section = ({
  id,
  title,
  children,
  extra,
}: {
  id: string;
  title: string;
  children: ReactNode;
  extra?: ReactNode;
}) => (
  <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
    <Group justify="space-between" mb="sm">
      <Title order={2} fz="h4" id={id}>
        {title}
      </Title>
      {extra}
    </Group>
    {children}
  </Paper>
);

const Charts = ({
  cluster,
  ranking,
  stage,
}: {
  cluster: ClusterDetail;
  ranking: RankingResponse;
  stage: RankingStage;
}) => {
  const { t } = useTranslation();
  const matrix = useMatrix(cluster.id, stage === "draft" ? "draft" : "final");
  const [level, setLevel] = useState<"groups" | "criteria">("groups");
  // A phone gets charts that fit its width (and no chart library to download).
  const phone = useMediaQuery("(max-width: 48em)", false, { getInitialValueInEffect: false });
  return (
    <Suspense fallback={<PageLoader />}>
      <Section id="ranking-bars" title={t("ranking.barTitle")}>
        {phone ? (
          <PhoneBars rows={ranking.rows} maxPoints={ranking.maxPoints} title={t("ranking.barTitle")} />
        ) : (
          <TotalsBarChart rows={ranking.rows} maxPoints={ranking.maxPoints} title={t("ranking.barTitle")} />
        )}
        <Text size="sm" c="dimmed">
          {t("ranking.barLegend")}
        </Text>
      </Section>
      <Section
        id="ranking-heat"
        title={t("ranking.heatTitle")}
        extra={
          <SegmentedControl
            aria-label={t("ranking.heatLevel")}
            value={level}
            onChange={(v) => setLevel(v === "criteria" ? "criteria" : "groups")}
            data={[
              { value: "groups", label: t("ranking.heatGroups") },
              { value: "criteria", label: t("ranking.heatCriteria") },
            ]}
          />
        }
      >
        {matrix.isPending && <PageLoader />}
        {matrix.isError && <QueryError error={matrix.error} onRetry={() => void matrix.refetch()} />}
        {matrix.data &&
          (phone ? (
            <PhoneHeatMap matrix={matrix.data} level={level} title={t("ranking.heatTitle")} />
          ) : (
            <CriteriaHeatMap matrix={matrix.data} level={level} title={t("ranking.heatTitle")} />
          ))}
      </Section>
      <Section id="ranking-self" title={t("ranking.selfTitle")}>
        {matrix.data && <SelfVsFinalTable matrix={matrix.data} caption={t("ranking.selfTitle")} />}
      </Section>
    </Suspense>
  );
};

const ClusterRanking = ({ cluster }: { cluster: ClusterDetail }) => {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get("giai-doan");
  const stage: RankingStage = isStage(asked) ? asked : "final";
  const ranking = useRanking(cluster.id, stage);
  const setStage = (next: string) =>
    setParams((prev) => {
      const p = new URLSearchParams(prev);
      p.set("giai-doan", next);
      return p;
    });
  // On a phone the stages stack: "Xếp hạng tạm tính (chưa công bố)" does not fit beside the others.
  const narrow = useMediaQuery("(max-width: 36em)", false, { getInitialValueInEffect: false });
  const stages = STAGES.filter((s) => s !== "draft" || ranking.data?.canSeeDraft);

  const body = () => {
    if (ranking.isPending) return <PageLoader />;
    if (ranking.isError) return <QueryError error={ranking.error} onRetry={() => void ranking.refetch()} />;
    const data = ranking.data;
    return (
      <Stack gap="lg">
        <Group gap="xs">
          <Badge variant="default" size="lg">
            {t("pacts.maxBadge", { n: formatScore(data.maxPoints) })}
          </Badge>
          {data.bonusCap !== null && (
            <Badge variant="default" size="lg">
              {t("pacts.bonusCap", { n: formatScore(data.bonusCap) })}
            </Badge>
          )}
        </Group>
        <PublicationPanel clusterId={cluster.id} />
        {stage === "draft" && (
          <Alert color="orange" variant="light" title={t("ranking.publication.provisionalTitle")}>
            {t("ranking.publication.provisionalText")}
          </Alert>
        )}
        {data.pending.length > 0 && (
          <Alert color="yellow" variant="light" title={t("ranking.pendingTitle", { n: data.pending.length })}>
            {data.pending.map((p) => p.name).join(" · ")}
          </Alert>
        )}
        {data.ignored.length > 0 && (
          <Alert color="orange" variant="light" title={t("ranking.ignoredTitle")}>
            {data.ignored
              .map((i) => `${i.unit} · ${i.criterion}: ${localized(i18n.language, i.message, i.messageEn)}`)
              .join(" — ")}
          </Alert>
        )}
        {data.rows.length === 0 ? (
          <Empty title={t("ranking.emptyTitle")} description={t(`ranking.empty.${stage}`)} icon="∅" />
        ) : (
          <>
            <RankingTable rows={data.rows} caption={t("ranking.tableLabel", { year: cluster.year })} />
            <Charts cluster={cluster} ranking={data} stage={stage} />
            {data.rows.length > 1 && (
              <WhyRank key={stage} clusterId={cluster.id} stage={stage} rows={data.rows} />
            )}
          </>
        )}
      </Stack>
    );
  };

  return (
    <>
      <PageHeader
        title={t("ranking.title", { year: cluster.year })}
        subtitle={cluster.name}
        actions={
          <>
            <Button component="a" href={rankingXlsxHref(cluster.id, stage)} download variant="filled">
              {t("ranking.excel")}
            </Button>
            <Button component={Link} to={clusterPath("/cham-diem", cluster)} variant="light">
              {t("nav.scoring")}
            </Button>
          </>
        }
      />
      <Stack gap="md">
        <Group gap="sm">
          <Text size="sm" fw={500} id="ranking-stage">
            {t("ranking.stage")}
          </Text>
          <SegmentedControl
            aria-labelledby="ranking-stage"
            orientation={narrow ? "vertical" : "horizontal"}
            fullWidth={narrow}
            value={stage}
            onChange={setStage}
            data={stages.map((s) => ({ value: s, label: t(`ranking.stages.${s}`) }))}
          />
        </Group>
        {body()}
      </Stack>
    </>
  );
};

/** /xep-hang?cum=ID — the ranking, its charts, self against final, and "why this rank". */
export const RankingPage = () => {
  const { t } = useTranslation();
  return (
    <ClusterScope path="/xep-hang" title={t("nav.ranking")}>
      {(cluster) => <ClusterRanking cluster={cluster} />}
    </ClusterScope>
  );
};
