import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ClusterDetail } from "../api/types";
import { formatDate } from "../lib/format";
import { ClusterScope, clusterPath } from "../shell/cluster-scope";
import { PageHeader } from "../shell/page-header";
import { PageLoader, QueryError } from "../shell/query-state";
import { type ClusterDocument, type IssuableKind, useClusterDocuments } from "./documents-api";
import { IssueForm } from "./issue-form";

const isIssuable = (kind: string): kind is IssuableKind => kind === "year-end-report" || kind === "proposal";

const DocumentCard = ({ doc, onIssue }: { doc: ClusterDocument; onIssue: () => void }) => {
  const { t } = useTranslation();
  const name = t(`documents.kinds.${doc.kind}`);
  const headingId = `doc-${doc.kind}`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={2} fz="h4" id={headingId}>
            {name}
          </Title>
          <Badge color={doc.issued || doc.signedOn ? "green" : "gray"} variant="light" size="lg">
            {doc.issued ? t("documents.issued") : doc.signedOn ? t("documents.signed") : t("documents.draft")}
          </Badge>
        </Group>
        {doc.issued && (
          <Text size="sm">
            {doc.issued.numberLine} · {t("documents.date")}: {formatDate(doc.issued.date)}
          </Text>
        )}
        {doc.signedOn && <Text size="sm">{t("documents.signedOn", { date: formatDate(doc.signedOn) })}</Text>}
        <Group gap="xs">
          {doc.downloads.map((d) => (
            <Button
              key={d.format}
              component="a"
              href={d.url}
              variant={d.format === "pdf" ? "filled" : "default"}
              aria-label={t(d.format === "pdf" ? "documents.downloadPdf" : "documents.downloadWord", {
                name,
              })}
              {...(d.format === "pdf" ? { target: "_blank", rel: "noopener" } : { download: true })}
            >
              {t(d.format === "pdf" ? "documents.pdf" : "documents.word")}
            </Button>
          ))}
          {doc.canIssue && (
            <Button variant="light" color="red" onClick={onIssue}>
              {t("documents.issue")}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
};

const ClusterDocuments = ({ cluster }: { cluster: ClusterDetail }) => {
  const { t } = useTranslation();
  const docs = useClusterDocuments(cluster.id);
  const [issuing, setIssuing] = useState<IssuableKind | null>(null);
  const body = () => {
    if (docs.isPending) return <PageLoader />;
    if (docs.isError) return <QueryError error={docs.error} onRetry={() => void docs.refetch()} />;
    const data = docs.data;
    return (
      <Stack gap="md">
        <Group gap="xs">
          <Text size="sm">
            {t("documents.layout")}: <b>{t(`documents.layouts.${data.layout}`)}</b>
          </Text>
          <Anchor component={Link} to={clusterPath("/van-ban/thiet-lap", cluster)} size="sm">
            {t("documents.settingsLink")}
          </Anchor>
        </Group>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          {data.documents.map((d) => (
            <DocumentCard key={d.kind} doc={d} onIssue={() => isIssuable(d.kind) && setIssuing(d.kind)} />
          ))}
        </SimpleGrid>
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="doc-dossier">
          <Stack gap="xs">
            <Title order={2} fz="h4" id="doc-dossier">
              {t("documents.dossierTitle")}
            </Title>
            <Text size="sm">{t("documents.dossierText")}</Text>
            <Group gap="xs">
              {data.dossier.map((d) => (
                <Button
                  key={d.format}
                  component="a"
                  href={d.url}
                  variant={d.format === "pdf" ? "filled" : "default"}
                  {...(d.format === "zip" ? { download: true } : { target: "_blank", rel: "noopener" })}
                >
                  {t(d.format === "pdf" ? "documents.dossierPdf" : "documents.dossierZip")}
                </Button>
              ))}
            </Group>
          </Stack>
        </Paper>
        {issuing && (
          <IssueForm
            clusterId={cluster.id}
            kind={issuing}
            name={t(`documents.kinds.${issuing}`)}
            defaultDate={`${cluster.year}-12-31`}
            onClose={() => setIssuing(null)}
          />
        )}
      </Stack>
    );
  };
  return (
    <>
      <PageHeader title={t("documents.title", { year: cluster.year })} subtitle={cluster.name} />
      {body()}
    </>
  );
};

/** /van-ban?cum=ID — the cluster's official documents: download as PDF or Word, issue with a number, the dossier. */
export const DocumentsPage = () => {
  const { t } = useTranslation();
  return (
    <ClusterScope path="/van-ban" title={t("nav.documents")}>
      {(cluster) => <ClusterDocuments cluster={cluster} />}
    </ClusterScope>
  );
};
