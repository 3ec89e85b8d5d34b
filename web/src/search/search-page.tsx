import { Anchor, Badge, Card, Group, Select, Stack, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { Empty } from "../shell/empty";
import { PageHeader } from "../shell/page-header";
import { QueryError } from "../shell/query-state";
import { useSearch } from "./search-api";

const YEARS = ["2020", "2021", "2022", "2023", "2024", "2025"];

/** One box over reports, practices and public opinion; matches arrive marked (the server escapes the rest). */
export const SearchPage = () => {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const kind = params.get("kind") ?? "";
  const year = params.get("year") ?? "";
  const set = (key: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const result = useSearch(q, kind, year);
  const kinds = result.data?.kinds ?? [
    { kind: "report", label: "Báo cáo đơn vị" },
    { kind: "practice", label: "Mô hình, cách làm hay" },
    { kind: "opinion", label: "Báo cáo dư luận xã hội" },
    { kind: "task", label: "Nhiệm vụ trọng tâm" },
    { kind: "document", label: "Văn bản" },
  ];
  const labelOf = new Map(kinds.map((k) => [k.kind, k.label]));
  return (
    <>
      <PageHeader title={t("reportsUi.search.title")} />
      <Stack gap="md">
        <TextInput
          type="search"
          label={t("reportsUi.search.label")}
          placeholder={t("reportsUi.search.placeholder")}
          description={t("reportsUi.search.hint")}
          value={q}
          onChange={(e) => set("q", e.currentTarget.value)}
          maw={640}
          autoFocus
        />
        <Group gap="sm">
          <Select
            label={t("reportsUi.search.kind")}
            data={[
              { value: "", label: t("reportsUi.search.all") },
              ...kinds.map((k) => ({ value: k.kind, label: k.label })),
            ]}
            value={kind}
            onChange={(v) => set("kind", v ?? "")}
            allowDeselect={false}
            w={220}
          />
          <Select
            label={t("reportsUi.search.year")}
            data={[
              { value: "", label: t("reportsUi.search.anyYear") },
              ...YEARS.map((y) => ({ value: y, label: y })),
            ]}
            value={year}
            onChange={(v) => set("year", v ?? "")}
            allowDeselect={false}
            w={140}
          />
        </Group>
        {result.isError && <QueryError error={result.error} />}
        {q.trim() === "" && <Text c="dimmed">{t("reportsUi.search.start")}</Text>}
        {q.trim() !== "" && result.data && result.data.hits.length === 0 && (
          <Empty title={t("reportsUi.search.none", { q })} />
        )}
        {result.data && result.data.hits.length > 0 && (
          <Stack gap="sm" aria-live="polite">
            <Text size="sm" c="dimmed">
              {t("reportsUi.search.count", { n: result.data.hits.length })}
            </Text>
            {result.data.hits.map((hit) => (
              <Card key={`${hit.kind}:${hit.id}`} withBorder padding="sm" component="article">
                <Group gap="xs" mb={4}>
                  <Badge variant="light">{labelOf.get(hit.kind) ?? hit.kind}</Badge>
                  {hit.match !== "exact" && (
                    <Badge variant="outline" color="orange.9">
                      {t(`reportsUi.search.${hit.match}`)}
                    </Badge>
                  )}
                  {hit.year && <Text size="sm">{hit.year}</Text>}
                  {hit.unitName && <Text size="sm">{hit.unitName}</Text>}
                </Group>
                <Anchor component={Link} to={hit.url} fw={600}>
                  {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised (sanitize-html) or escaped by the server */}
                  <span dangerouslySetInnerHTML={{ __html: hit.titleHtml }} />
                </Anchor>
                {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised (sanitize-html) or escaped by the server */}
                <Text size="sm" mt={4} dangerouslySetInnerHTML={{ __html: hit.snippet }} />
              </Card>
            ))}
          </Stack>
        )}
      </Stack>
    </>
  );
};
