import { Anchor, Badge, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate, formatNumber } from "../lib/format";
import { Empty } from "../shell/empty";
import { PageHeader } from "../shell/page-header";
import { PageLoader, QueryError } from "../shell/query-state";
import { useYear } from "../shell/year-context";
import { useOpinions, useTopics } from "./opinion-api";
import { OpinionTrendChart } from "./opinion-chart";

/** The year's propaganda topics with activity totals, and public opinion by topic over time. */
export const OpinionPage = () => {
  const { t } = useTranslation();
  const { year } = useYear();
  const topics = useTopics(year);
  const opinions = useOpinions(year);
  return (
    <>
      <PageHeader title={t("reportsUi.opinion.title", { year })} />
      <Stack gap="xl">
        <Stack gap="xs">
          <Title order={2} fz="h4">
            {t("reportsUi.opinion.topics")}
          </Title>
          {topics.isPending && <PageLoader />}
          {topics.isError && <QueryError error={topics.error} />}
          {topics.data && (
            <Table.ScrollContainer minWidth={360}>
              <Table striped aria-label={t("reportsUi.opinion.topicsLabel")}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("reportsUi.opinion.topic")}</Table.Th>
                    <Table.Th ta="right">{t("reportsUi.opinion.conferences")}</Table.Th>
                    <Table.Th ta="right">{t("reportsUi.opinion.articles")}</Table.Th>
                    <Table.Th ta="right" visibleFrom="sm">
                      {t("reportsUi.opinion.banners")}
                    </Table.Th>
                    <Table.Th ta="right" visibleFrom="sm">
                      {t("reportsUi.opinion.participants")}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {topics.data.map((topic) => (
                    <Table.Tr key={topic.id}>
                      <Table.Td>{topic.title}</Table.Td>
                      <Table.Td ta="right">{formatNumber(topic.totals.conferences)}</Table.Td>
                      <Table.Td ta="right">{formatNumber(topic.totals.articles)}</Table.Td>
                      <Table.Td ta="right" visibleFrom="sm">
                        {formatNumber(topic.totals.banners)}
                      </Table.Td>
                      <Table.Td ta="right" visibleFrom="sm">
                        {formatNumber(topic.totals.participants)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
        <Stack gap="xs">
          <Title order={2} fz="h4">
            {t("reportsUi.opinion.trend")}
          </Title>
          {opinions.isPending && <PageLoader />}
          {opinions.isError && <QueryError error={opinions.error} />}
          {opinions.data?.reports.length === 0 && <Empty title={t("reportsUi.opinion.empty")} />}
          {opinions.data && opinions.data.trend.length > 0 && (
            <>
              <OpinionTrendChart trend={opinions.data.trend} />
              <Text size="sm" c="dimmed">
                {t("reportsUi.opinion.trendLegend")}
              </Text>
            </>
          )}
          {opinions.data && opinions.data.reports.length > 0 && (
            <Table.ScrollContainer minWidth={360}>
              <Table striped aria-label={t("reportsUi.opinion.reportsLabel")}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("reportsUi.reports.unit")}</Table.Th>
                    <Table.Th>{t("reportsUi.opinion.periodCol")}</Table.Th>
                    <Table.Th>{t("reportsUi.opinion.tone")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {opinions.data.reports.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/du-luan-xa-hoi/${r.id}`}>
                          {r.unitName}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        {formatDate(r.periodStart)} – {formatDate(r.periodEnd)}
                      </Table.Td>
                      <Table.Td>
                        {r.items.map((i) => (
                          <Badge key={i.topicId} variant="light" mr={4}>
                            {t(`reportsUi.opinion.tones.${i.tone}`)}
                          </Badge>
                        ))}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      </Stack>
    </>
  );
};
