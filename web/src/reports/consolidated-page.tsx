import { Anchor, Badge, Button, Stack, Text, Title, Typography } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { PageHeader } from "../shell/page-header";
import { PageLoader, QueryError } from "../shell/query-state";
import { ConsolidatedEditor } from "./consolidated-editor";
import { type ConsolidatedReport, consolidatedHref, useConsolidated } from "./periods-api";

const DocumentLinks = ({ report }: { report: ConsolidatedReport }) => {
  const { t } = useTranslation();
  return (
    <>
      <Button
        component="a"
        href={consolidatedHref(report.periodId)}
        target="_blank"
        rel="noopener"
        variant="default"
      >
        {t("reportsUi.consolidated.preview")}
      </Button>
      <Button component="a" href={consolidatedHref(report.periodId, "docx")} download variant="default">
        {t("reportsUi.consolidated.word")}
      </Button>
      <Button component="a" href={consolidatedHref(report.periodId, "pdf")} download variant="default">
        {t("reportsUi.consolidated.pdf")}
      </Button>
    </>
  );
};

const Sections = ({ report }: { report: ConsolidatedReport }) => (
  <Stack gap="md">
    {report.sections.map((s, i) => (
      <Stack key={s.key} gap={4} component="section" aria-labelledby={`muc-${s.key}`}>
        <Title order={2} fz="h4" id={`muc-${s.key}`}>
          {`${i + 1}. ${s.title}`}
        </Title>
        {/* A table may scroll sideways on a phone: the region is then reachable by keyboard. */}
        <Typography
          style={{ overflowX: "auto" }}
          tabIndex={s.html.includes("<table") ? 0 : undefined}
          aria-labelledby={s.html.includes("<table") ? `muc-${s.key}` : undefined}
        >
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised or escaped by the server */}
          <div dangerouslySetInnerHTML={{ __html: s.html }} />
        </Typography>
      </Stack>
    ))}
  </Stack>
);

/** The cluster's consolidated report for the head and the council: read, edit, preview, download. */
export const ConsolidatedPage = () => {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const query = useConsolidated(id);
  const [editing, setEditing] = useState(false);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <QueryError error={query.error} />;
  const r = query.data;
  const saved = r.version > 0;
  return (
    <>
      <Anchor component={Link} to={`/bao-cao?year=${r.cluster.year}`} size="sm">
        {t("reportsUi.reports.back")}
      </Anchor>
      <PageHeader
        title={r.title}
        subtitle={t("reportsUi.consolidated.progress", { submitted: r.submitted, members: r.members })}
        badges={
          <Badge color={saved ? "teal.9" : "gray.7"} variant="filled">
            {saved ? t("reportsUi.consolidated.saved", { n: r.version }) : t("reportsUi.consolidated.draft")}
          </Badge>
        }
        actions={
          <>
            {!editing && <Button onClick={() => setEditing(true)}>{t("reportsUi.consolidated.edit")}</Button>}
            <DocumentLinks report={r} />
          </>
        }
      />
      <Stack gap="lg" maw={900}>
        {!saved && !editing && (
          <Text size="sm" c="dimmed">
            {t("reportsUi.consolidated.draftHint")}
          </Text>
        )}
        {editing ? (
          <ConsolidatedEditor
            report={r}
            onSaved={() => {
              setEditing(false);
              notifications.show({ color: "teal", message: t("reportsUi.consolidated.done") });
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <Sections report={r} />
        )}
      </Stack>
    </>
  );
};
