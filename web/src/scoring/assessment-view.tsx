import { Anchor, Badge, Button, Grid, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ClusterDetail } from "../api/types";
import { formatScore } from "../lib/format";
import { usePact } from "../pacts/pacts-api";
import { clusterPath } from "../shell/cluster-scope";
import { PageHeader } from "../shell/page-header";
import { PageLoader, QueryError } from "../shell/query-state";
import { AssessmentActions } from "./assessment-actions";
import { AssessmentTimeline } from "./assessment-timeline";
import { type AssessmentDetail, scoringSheetHref, useAssessment } from "./assessments-api";
import { CriterionCard } from "./criterion-card";
import { ExplanationBanner } from "./explanation-banner";
import { FormSheetProvider } from "./form-sheet";
import { SheetImportButton } from "./sheet-import";
import { SheetSaveBar } from "./sheet-save-bar";
import { AssessmentStatusBadge } from "./status-badge";
import { scoredByCode } from "./value-input";

type Totals = AssessmentDetail["totals"]["self"];

const TotalCard = ({
  label,
  totals,
  max,
  note,
}: {
  label: string;
  totals: Totals;
  max: number;
  note?: string;
}) => {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md" role="group" aria-label={label}>
      <Text size="sm" c="dimmed" fw={600} aria-hidden>
        {label}
      </Text>
      {totals ? (
        <>
          <Text fz={32} fw={800} lh={1.2}>
            {formatScore(totals.total)}
            <Text span size="md" c="dimmed" fw={500}>
              {" "}
              / {formatScore(max)}
            </Text>
          </Text>
          <Text size="xs" c="dimmed">
            {t("scoring.totalsLine", {
              base: formatScore(totals.base),
              bonus: formatScore(totals.bonus),
              penalty: formatScore(totals.penalty),
            })}
          </Text>
          {note && (
            <Text size="xs" c="dimmed">
              {note}
            </Text>
          )}
        </>
      ) : (
        <Text fz="xl" c="dimmed">
          {t("common.none")}
        </Text>
      )}
    </Paper>
  );
};

const Body = ({ cluster, assessment }: { cluster: ClusterDetail; assessment: AssessmentDetail }) => {
  const { t } = useTranslation();
  const pact = usePact(cluster.id);
  if (pact.isPending) return <PageLoader />;
  if (pact.isError) return <QueryError error={pact.error} onRetry={() => void pact.refetch()} />;
  const byCode = scoredByCode(pact.data.pact?.criteria ?? []);
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, xl: 9 }}>
        <Stack gap="sm">
          {assessment.criteria.map((row) => {
            const criterion = byCode.get(row.code);
            if (row.isGroup || !criterion)
              return (
                <Title
                  key={row.code}
                  order={2}
                  fz={row.depth === 0 ? "h4" : "h5"}
                  mt={row.depth === 0 ? "md" : "xs"}
                  pl={`calc(${row.depth} * 1rem)`}
                >
                  {row.code}. {row.title}
                  {row.max !== null && (
                    <Text span c="dimmed" fz="sm" fw={500}>
                      {" "}
                      ({t("common.points", { n: formatScore(row.max), count: row.max })})
                    </Text>
                  )}
                </Title>
              );
            return <CriterionCard key={row.code} assessment={assessment} row={row} criterion={criterion} />;
          })}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, xl: 3 }}>
        <Paper withBorder p="md" radius="md" pos="sticky" top={76}>
          <AssessmentTimeline assessment={assessment} />
        </Paper>
      </Grid.Col>
    </Grid>
  );
};

/** One unit's assessment: totals, the next moves, every criterion with its inputs and evidence, the timeline. */
export const AssessmentView = ({ cluster, unitId }: { cluster: ClusterDetail; unitId: string }) => {
  const { t } = useTranslation();
  const assessment = useAssessment(cluster.id, unitId);
  if (assessment.isPending) return <PageLoader />;
  if (assessment.isError)
    return <QueryError error={assessment.error} onRetry={() => void assessment.refetch()} />;
  const a = assessment.data;
  // The head and the council see, while under review, the total the provisional ranking gives the unit.
  const review = a.totals.review;
  return (
    <>
      <Anchor
        component={Link}
        to={clusterPath("/cham-diem", cluster)}
        size="sm"
        mb="xs"
        display="inline-block"
      >
        ← {t("scoring.allUnits")}
      </Anchor>
      <PageHeader
        title={a.unitName}
        subtitle={t("scoring.subtitle", { cluster: cluster.name, year: cluster.year })}
        badges={
          <>
            <AssessmentStatusBadge status={a.status} size="lg" />
            <Badge variant="default" size="lg">
              {a.unitCode}
            </Badge>
          </>
        }
        actions={
          (a.can.editSelf || a.can.review) && (
            <>
              <Button
                component="a"
                href={scoringSheetHref(cluster.id, a.can.review ? "review" : "self", a.unitCode)}
                download
                variant="default"
              >
                {t("scoring.sheet")}
              </Button>
              <SheetImportButton
                clusterId={cluster.id}
                name={a.unitName}
                stages={[
                  ...(a.can.review ? (["review"] as const) : []),
                  ...(a.can.editSelf ? (["self"] as const) : []),
                ]}
              />
            </>
          )
        }
      />
      <Stack gap="md" mb="lg">
        <SimpleGrid cols={{ base: 1, sm: review ? 3 : 2 }} maw={review ? 1080 : 720}>
          <TotalCard label={t("scoring.selfTotal")} totals={a.totals.self} max={a.maxPoints} />
          {review && (
            <TotalCard
              label={t("scoring.reviewTotal")}
              totals={review}
              max={a.maxPoints}
              note={t("scoring.reviewTotalNote")}
            />
          )}
          <TotalCard label={t("scoring.finalTotal")} totals={a.totals.final} max={a.maxPoints} />
        </SimpleGrid>
        <ExplanationBanner assessment={a} />
        <Group>
          <AssessmentActions assessment={a} />
        </Group>
      </Stack>
      <FormSheetProvider clusterId={cluster.id} unitId={a.unitId}>
        <Body cluster={cluster} assessment={a} />
        {(a.can.editSelf || a.can.review) && <SheetSaveBar />}
      </FormSheetProvider>
    </>
  );
};
