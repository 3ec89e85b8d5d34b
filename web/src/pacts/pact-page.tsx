import { Badge, Button, Grid, Paper, Tabs, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ClusterDetail } from "../api/types";
import { documentHref } from "../documents/documents-api";
import { formatDateTime, formatScore } from "../lib/format";
import { ClusterScope, clusterPath } from "../shell/cluster-scope";
import { useLeaveGuard } from "../shell/leave-guard";
import { PageHeader } from "../shell/page-header";
import { PageLoader, QueryError } from "../shell/query-state";
import { AmendmentsSection } from "./amendments-section";
import { CriteriaSection } from "./criteria-section";
import { PactCreate } from "./pact-create";
import { PactStatusBadge } from "./pact-status-badge";
import { PactTimeline } from "./pact-timeline";
import { clusterYearJsonHref, criteriaXlsxHref, type PactView, usePact } from "./pacts-api";
import { SignaturesSection } from "./signatures-section";
import { TargetsSection } from "./targets-section";
import { usePactDraft } from "./use-pact-draft";

const PactDetail = ({ cluster, pact }: { cluster: ClusterDetail; pact: PactView }) => {
  const { t } = useTranslation();
  const draft = usePactDraft(cluster.id, pact);
  useLeaveGuard(draft.dirty, t("pacts.leaveUnsaved"));
  const signed = pact.members.filter((m) => m.signature).length;
  // While editing, the table takes the whole width; the history comes back afterwards.
  const editing = draft.nodes !== null;
  return (
    <>
      <PageHeader
        title={t("pacts.title", { year: cluster.year })}
        subtitle={cluster.name}
        badges={
          <>
            <PactStatusBadge status={pact.status} />
            <Badge variant="default" size="lg">
              {t("pacts.version", { version: pact.version })}
            </Badge>
            <Badge variant="default" size="lg">
              {t("pacts.maxBadge", { n: formatScore(pact.maxPoints) })}
            </Badge>
          </>
        }
        actions={
          <>
            <Button component="a" href={criteriaXlsxHref(cluster.id)} download>
              {t("pacts.downloadXlsx")}
            </Button>
            <Button component="a" href={clusterYearJsonHref(cluster.id)} download variant="default">
              {t("pacts.downloadJson")}
            </Button>
            <Button
              component="a"
              href={documentHref(cluster.id, "pact", "pdf")}
              target="_blank"
              variant="default"
            >
              {t("documents.pactPdf")}
            </Button>
            <Button component="a" href={documentHref(cluster.id, "pact", "docx")} download variant="default">
              {t("documents.pactWord")}
            </Button>
            <Button component={Link} to={clusterPath("/cham-diem", cluster)} variant="light">
              {t("nav.scoring")}
            </Button>
            <Button component={Link} to={clusterPath("/xep-hang", cluster)} variant="light">
              {t("nav.ranking")}
            </Button>
          </>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: editing ? 12 : 9 }}>
          <Tabs defaultValue="criteria" keepMounted>
            <Tabs.List mb="md">
              <Tabs.Tab value="criteria">{t("pacts.tabs.criteria")}</Tabs.Tab>
              <Tabs.Tab value="targets">{t("pacts.tabs.targets")}</Tabs.Tab>
              <Tabs.Tab value="signatures">
                {t("pacts.tabs.signatures", { signed, total: pact.members.length })}
              </Tabs.Tab>
              <Tabs.Tab value="amendments">
                {t("pacts.tabs.amendments", { n: pact.amendments.length })}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="criteria">
              <CriteriaSection pact={pact} draft={draft} cluster={cluster} />
            </Tabs.Panel>
            <Tabs.Panel value="targets">
              <TargetsSection pact={pact} draft={draft} />
            </Tabs.Panel>
            <Tabs.Panel value="signatures">
              <SignaturesSection pact={pact} />
            </Tabs.Panel>
            <Tabs.Panel value="amendments">
              <AmendmentsSection amendments={pact.amendments} />
            </Tabs.Panel>
          </Tabs>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 3 }} display={editing ? "none" : undefined}>
          <Paper withBorder p="md" radius="md">
            <Title order={2} fz="h5" mb="sm">
              {t("pacts.timeline.title")}
            </Title>
            <PactTimeline pact={pact} />
            <Text size="xs" c="dimmed" mt="md">
              {t("pacts.updatedAt", { at: formatDateTime(pact.updatedAt) })}
            </Text>
          </Paper>
        </Grid.Col>
      </Grid>
    </>
  );
};

const ClusterPact = ({ cluster }: { cluster: ClusterDetail }) => {
  const { t } = useTranslation();
  const pact = usePact(cluster.id);
  if (pact.isPending) return <PageLoader />;
  if (pact.isError) return <QueryError error={pact.error} onRetry={() => void pact.refetch()} />;
  if (!pact.data.pact)
    return (
      <>
        <PageHeader title={t("pacts.title", { year: cluster.year })} subtitle={cluster.name} />
        <PactCreate cluster={cluster} canCreate={pact.data.canCreate} />
      </>
    );
  return <PactDetail cluster={cluster} pact={pact.data.pact} />;
};

/** /giao-uoc?cum=ID — the cluster-year's pact: criteria, targets, signatures, scan, amendments. */
export const PactPage = () => {
  const { t } = useTranslation();
  return (
    <ClusterScope path="/giao-uoc" title={t("nav.pacts")}>
      {(cluster) => <ClusterPact cluster={cluster} />}
    </ClusterScope>
  );
};
