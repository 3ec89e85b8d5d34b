import { SegmentedControl, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ClusterKind } from "../api/types";
import { sortVi } from "../lib/text";
import { Empty } from "../shell/empty";
import { PageHeader } from "../shell/page-header";
import { PageLoader, QueryError } from "../shell/query-state";
import { useYear } from "../shell/year-context";
import { ClusterTable } from "./cluster-table";
import { useClusters } from "./clusters-api";
import { ImportClusterYearButton } from "./import-cluster-year";

type KindFilter = ClusterKind | "all";

const isKindFilter = (value: string): value is KindFilter =>
  value === "all" || value === "cum" || value === "khoi";

/** /cum — the clusters (cụm) and blocks (khối) of the selected year. */
export const ClusterListPage = () => {
  const { t } = useTranslation();
  const { year } = useYear();
  const clusters = useClusters(year);
  const [kind, setKind] = useState<KindFilter>("all");

  const body = () => {
    if (clusters.isPending) return <PageLoader />;
    if (clusters.isError)
      return <QueryError error={clusters.error} onRetry={() => void clusters.refetch()} />;
    const shown = sortVi(
      clusters.data.filter((c) => kind === "all" || c.kind === kind),
      (c) => c.name,
    );
    if (shown.length === 0)
      return (
        <Empty title={t("clusters.emptyTitle")} description={t("clusters.emptyText", { year })} icon="∅" />
      );
    return <ClusterTable clusters={shown} />;
  };

  return (
    <>
      <PageHeader
        title={t("clusters.title")}
        subtitle={t("clusters.subtitle", { year })}
        actions={<ImportClusterYearButton />}
      />
      <Stack gap="md">
        <SegmentedControl
          aria-label={t("clusters.filterKind")}
          value={kind}
          onChange={(value) => setKind(isKindFilter(value) ? value : "all")}
          data={[
            { value: "all", label: t("clusters.all") },
            { value: "cum", label: t("kinds.cum") },
            { value: "khoi", label: t("kinds.khoi") },
          ]}
          style={{ alignSelf: "flex-start" }}
        />
        {body()}
      </Stack>
    </>
  );
};
