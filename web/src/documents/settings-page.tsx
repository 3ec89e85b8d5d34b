import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ClusterDetail } from "../api/types";
import { ClusterScope, clusterPath } from "../shell/cluster-scope";
import { PageHeader } from "../shell/page-header";
import { PageLoader, QueryError } from "../shell/query-state";
import { type ClusterIssuers, useClusterIssuers, useDocumentSettings } from "./documents-api";
import { IssuerForm } from "./issuer-form";
import { LayoutForm } from "./layout-form";

type Issuer = ClusterIssuers["issuers"][number];

const IssuerCard = ({
  issuer,
  canChange,
  onEdit,
}: {
  issuer: Issuer;
  canChange: boolean;
  onEdit: () => void;
}) => {
  const { t } = useTranslation();
  const id = `issuer-${issuer.orgId}`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div>
            <Title order={3} fz="h5" id={id}>
              {issuer.name}
            </Title>
            <Text size="sm" c="dimmed">
              {t(`documents.settings.roles.${issuer.role}`)}
            </Text>
          </div>
          <Badge color={issuer.configured ? "teal.9" : "gray.7"} variant="filled" style={{ flexShrink: 0 }}>
            {issuer.configured ? t("documents.settings.configured") : t("documents.settings.fallback")}
          </Badge>
        </Group>
        {/* The header as it prints, top left of the first page. */}
        <Paper bg="gray.0" p="xs" ta="center" ff="serif" aria-label={t("documents.settings.preview")}>
          {issuer.superiorBody && <Text size="sm">{issuer.superiorBody.toLocaleUpperCase("vi")}</Text>}
          <Text size="sm" fw={700}>
            {issuer.issuingBody.toLocaleUpperCase("vi") || "—"}
          </Text>
        </Paper>
        <Text size="sm">
          {t("documents.settings.symbol")}: <b>{issuer.symbol || "—"}</b> · {t("documents.settings.place")}:{" "}
          <b>{issuer.place || "—"}</b>
        </Text>
        {canChange && (
          <Group>
            <Button
              variant="light"
              size="xs"
              onClick={onEdit}
              aria-label={t("documents.settings.editOf", { name: issuer.name })}
            >
              {t("documents.settings.edit")}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
};

const Settings = ({ cluster }: { cluster: ClusterDetail }) => {
  const { t } = useTranslation();
  const settings = useDocumentSettings(cluster.councilId);
  const issuers = useClusterIssuers(cluster.id);
  const [editing, setEditing] = useState<Issuer | null>(null);
  const body = () => {
    if (settings.isPending || issuers.isPending) return <PageLoader />;
    if (settings.isError)
      return <QueryError error={settings.error} onRetry={() => void settings.refetch()} />;
    if (issuers.isError) return <QueryError error={issuers.error} onRetry={() => void issuers.refetch()} />;
    const { canChange } = issuers.data;
    return (
      <Stack gap="lg" maw={1100}>
        <LayoutForm key={settings.data.version} settings={settings.data} />
        <Stack gap="sm" component="section" aria-labelledby="settings-issuers">
          <Title order={2} fz="h4" id="settings-issuers">
            {t("documents.settings.issuersTitle")}
          </Title>
          <Text size="sm">{t("documents.settings.issuersText")}</Text>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {issuers.data.issuers.map((i) => (
              <IssuerCard key={i.orgId} issuer={i} canChange={canChange} onEdit={() => setEditing(i)} />
            ))}
          </SimpleGrid>
        </Stack>
        {editing && <IssuerForm clusterId={cluster.id} issuer={editing} onClose={() => setEditing(null)} />}
      </Stack>
    );
  };
  return (
    <>
      <Anchor component={Link} to={clusterPath("/van-ban", cluster)} size="sm">
        {t("documents.settings.back")}
      </Anchor>
      <PageHeader title={t("documents.settings.title")} subtitle={cluster.councilName} />
      {body()}
    </>
  );
};

/** /van-ban/thiet-lap?cum=ID — the council's document layout and how each body heads its documents. */
export const DocumentSettingsPage = () => {
  const { t } = useTranslation();
  return (
    <ClusterScope path="/van-ban/thiet-lap" title={t("documents.settings.title")}>
      {(cluster) => <Settings cluster={cluster} />}
    </ClusterScope>
  );
};
