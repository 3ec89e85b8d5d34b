import { Badge, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { formatDate, formatPeriod } from "../lib/format";
import { Empty } from "../shell/empty";
import { PageHeader } from "../shell/page-header";
import { PageLoader, QueryError } from "../shell/query-state";
import { useReferenceDocuments } from "./tasks-api";

/** /nhiem-vu/van-ban — the registry of directives, resolutions and plans, searchable by symbol or title. */
export const RegistryPage = () => {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [q, setQ] = useState(params.get("q") ?? "");
  const [debounced] = useDebouncedValue(q.trim(), 250);
  const docs = useReferenceDocuments(debounced);
  const symbolOf = new Map((docs.data ?? []).map((d) => [d.id, d.symbol]));
  const body = () => {
    if (docs.isPending) return <PageLoader />;
    if (docs.isError) return <QueryError error={docs.error} onRetry={() => void docs.refetch()} />;
    if (docs.data.length === 0)
      return <Empty title={t("tasks.docs.emptyTitle")} description={t("tasks.docs.empty")} icon="∅" />;
    return (
      <Table.ScrollContainer minWidth={340}>
        <Table striped verticalSpacing="sm" aria-label={t("tasks.docs.tableLabel")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("tasks.docs.symbol")}</Table.Th>
              <Table.Th>{t("tasks.docs.docTitle")}</Table.Th>
              <Table.Th visibleFrom="sm">{t("tasks.docs.issuer")}</Table.Th>
              <Table.Th visibleFrom="sm">{t("tasks.docs.issuedOn")}</Table.Th>
              <Table.Th visibleFrom="md">{t("tasks.docs.validity")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {docs.data.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td style={{ whiteSpace: "nowrap" }}>
                  <Text fw={600} size="sm">
                    {d.canonicalSymbol ?? d.symbol}
                  </Text>
                  {d.typeName && <Text size="xs">{d.typeName}</Text>}
                  {!d.symbolReadable && (
                    <Badge color="orange.9" variant="filled" size="sm">
                      {t("tasks.docs.unreadable")}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{d.title}</Text>
                  {d.replacedById && (
                    <Text size="xs" c="red.9">
                      {t("tasks.docs.replacedBy", { symbol: symbolOf.get(d.replacedById) ?? "" })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td visibleFrom="sm">{d.issuingBody}</Table.Td>
                <Table.Td visibleFrom="sm">{formatDate(d.issuedOn)}</Table.Td>
                <Table.Td visibleFrom="md">
                  {d.validFrom ? formatPeriod(d.validFrom, d.validTo, t("tasks.docs.present")) : "—"}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  };
  return (
    <>
      <PageHeader title={t("tasks.docs.title")} />
      <TextInput
        label={t("tasks.docs.search")}
        placeholder={t("tasks.docs.searchPlaceholder")}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        mb="md"
        maw={480}
      />
      {body()}
    </>
  );
};
