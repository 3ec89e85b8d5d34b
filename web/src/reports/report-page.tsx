import {
  Alert,
  Anchor,
  Button,
  List,
  Stack,
  Text,
  Textarea,
  Timeline,
  Title,
  Typography,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useErrorText } from "../api/error-text";
import { ReportDocumentButtons } from "../documents/report-document-buttons";
import { formatDate, formatDateTime } from "../lib/format";
import { PageHeader } from "../shell/page-header";
import { PageLoader, QueryError } from "../shell/query-state";
import { ReportEditor } from "./report-editor";
import { ReportFiles } from "./report-files";
import { sectionList } from "./report-sections";
import { ReportStatusBadge } from "./report-status-badge";
import { type ReportDetail, useMoveReport, useReport } from "./reports-api";

/** One unit report: text by field, status with timeline, attachments, and the moves the user may make. */
export const ReportPage = () => {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const report = useReport(id);
  const [editing, setEditing] = useState(false);
  if (report.isPending) return <PageLoader />;
  if (report.isError) return <QueryError error={report.error} />;
  const r = report.data;
  return (
    <>
      <Anchor component={Link} to={`/bao-cao?year=${r.year}`} size="sm">
        {t("reportsUi.reports.back")}
      </Anchor>
      <PageHeader
        title={r.title}
        subtitle={`${t("reportsUi.reports.deadline")}: ${formatDate(r.deadline)}`}
        badges={<ReportStatusBadge status={r.status} />}
        actions={
          <>
            {r.can.edit && !editing && (
              <>
                <Button variant="default" onClick={() => setEditing(true)}>
                  {t("reportsUi.reports.edit")}
                </Button>
                <Button component={Link} to={`/mo-hinh-hay/moi?baoCao=${r.id}`} variant="light">
                  {t("reportsUi.reports.addPractice")}
                </Button>
              </>
            )}
            <ReportDocumentButtons reportId={r.id} />
          </>
        }
      />
      <Stack gap="lg" maw={900}>
        {editing ? <ReportEditor report={r} onDone={() => setEditing(false)} /> : <ReportText report={r} />}
        <ReportActions report={r} />
        <ReportFiles report={r} />
        {r.practices.length > 0 && (
          <Stack gap="xs">
            <Title order={2} fz="h4">
              {t("reportsUi.reports.practices")}
            </Title>
            <List>
              {r.practices.map((p) => (
                <List.Item key={p.id}>
                  <Anchor component={Link} to={`/mo-hinh-hay/${p.id}`}>
                    {p.title}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        {r.events.length > 0 && (
          <Stack gap="xs">
            <Title order={2} fz="h4">
              {t("reportsUi.reports.timeline")}
            </Title>
            <Timeline bulletSize={14} lineWidth={2}>
              {r.events.map((e) => (
                <Timeline.Item
                  key={`${e.at}-${e.toStatus}`}
                  title={t(`reportsUi.reports.statuses.${e.toStatus as "draft"}`)}
                >
                  <Text size="sm">
                    {e.actorName} · {formatDateTime(e.at)}
                  </Text>
                  {e.note && (
                    <Text size="sm" c="dimmed">
                      {e.note}
                    </Text>
                  )}
                </Timeline.Item>
              ))}
            </Timeline>
          </Stack>
        )}
      </Stack>
    </>
  );
};

const ReportText = ({ report }: { report: ReportDetail }) => {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {sectionList(report).map((s) => (
        <Stack key={s.key} gap={4}>
          <Title order={2} fz="h4">
            {s.title}
          </Title>
          {s.html ? (
            <Typography>
              {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised (sanitize-html) or escaped by the server */}
              <div dangerouslySetInnerHTML={{ __html: s.html }} />
            </Typography>
          ) : (
            <Text c="dimmed">{t("reportsUi.reports.nothing")}</Text>
          )}
        </Stack>
      ))}
    </Stack>
  );
};

const ReportActions = ({ report }: { report: ReportDetail }) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const move = useMoveReport(report.id);
  const [reason, setReason] = useState("");
  if (!report.can.submit && !report.can.review) return null;
  return (
    <Stack gap="sm">
      {move.isError && (
        <Alert color="red" role="alert">
          {errorText(move.error)}
        </Alert>
      )}
      {report.can.submit && (
        <Button
          w="fit-content"
          loading={move.isPending}
          onClick={() => move.mutate({ move: "submit", version: report.version })}
        >
          {t("reportsUi.reports.submit")}
        </Button>
      )}
      {report.can.review && (
        <>
          <Button
            w="fit-content"
            color="teal.9"
            loading={move.isPending}
            onClick={() => move.mutate({ move: "accept", version: report.version })}
          >
            {t("reportsUi.reports.accept")}
          </Button>
          <Textarea
            label={t("reportsUi.reports.reason")}
            description={t("reportsUi.reports.reasonHint")}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maw={560}
          />
          <Button
            w="fit-content"
            variant="outline"
            color="orange.9"
            loading={move.isPending}
            onClick={() => move.mutate({ move: "return", version: report.version, reason })}
          >
            {t("reportsUi.reports.return")}
          </Button>
        </>
      )}
    </Stack>
  );
};
