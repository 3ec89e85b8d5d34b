import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../auth/current-user";
import { useClusters } from "../clusters/clusters-api";
import { sortVi } from "../lib/text";
import { Empty } from "../shell/empty";
import { PageHeader } from "../shell/page-header";
import { PageLoader, QueryError } from "../shell/query-state";
import { useYear } from "../shell/year-context";
import { ClusterCard } from "./cluster-card";

/** "/" — Tổng quan: the clusters of the selected year that the user may see. */
export const HomePage = () => {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { year } = useYear();
  const clusters = useClusters(year);

  const body = () => {
    if (clusters.isPending) return <PageLoader />;
    if (clusters.isError)
      return <QueryError error={clusters.error} onRetry={() => void clusters.refetch()} />;
    if (clusters.data.length === 0)
      return <Empty title={t("home.emptyTitle")} description={t("home.emptyText", { year })} icon="∅" />;
    return (
      <ul className="card-grid" aria-label={t("home.listLabel")}>
        {sortVi(clusters.data, (c) => c.name).map((cluster) => (
          <li key={cluster.id}>
            <ClusterCard cluster={cluster} />
          </li>
        ))}
      </ul>
    );
  };

  return (
    <>
      <PageHeader
        title={t("home.title")}
        subtitle={`${t("home.greeting", { name: user.displayName })} — ${t("home.subtitle", { year })}`}
      />
      {body()}
    </>
  );
};
