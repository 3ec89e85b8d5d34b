import { Badge, Card, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import type { z } from "zod";
import type { opinionDetail } from "../../../src/contracts/propaganda";
import { api } from "../api/client";
import { PageHeader } from "../shell/page-header";
import { PageLoader, QueryError } from "../shell/query-state";

type OpinionDetail = z.infer<typeof opinionDetail>;

/** One public-opinion report: per topic its tone and summary, notable opinions, recommendations. */
export const OpinionReportPage = () => {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const report = useQuery({
    queryKey: ["opinion-reports", "one", id],
    queryFn: () => api<OpinionDetail>(`/opinion-reports/${encodeURIComponent(id)}`),
  });
  if (report.isPending) return <PageLoader />;
  if (report.isError) return <QueryError error={report.error} />;
  const r = report.data;
  return (
    <>
      <PageHeader title={r.title} />
      <Stack gap="md" maw={860}>
        {r.items.map((i) => (
          <Card key={i.topicId} withBorder padding="sm">
            <Text fw={600}>
              {i.topicTitle} <Badge variant="light">{t(`reportsUi.opinion.tones.${i.tone}`)}</Badge>
            </Text>
            <Text size="sm">{i.summary}</Text>
          </Card>
        ))}
        {r.notable && (
          <Stack gap={4}>
            <Title order={2} fz="h4">
              {t("reportsUi.opinion.notable")}
            </Title>
            <Text style={{ whiteSpace: "pre-line" }}>{r.notable}</Text>
          </Stack>
        )}
        {r.recommendations && (
          <Stack gap={4}>
            <Title order={2} fz="h4">
              {t("reportsUi.opinion.recommendations")}
            </Title>
            <Text style={{ whiteSpace: "pre-line" }}>{r.recommendations}</Text>
          </Stack>
        )}
      </Stack>
    </>
  );
};
