import { Button, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { isApiError } from "../api/client";
import type { ClusterDetail } from "../api/types";
import { useCurrentUser } from "../auth/current-user";
import { ClusterScope, clusterPath } from "../shell/cluster-scope";
import { Empty } from "../shell/empty";
import { PageHeader } from "../shell/page-header";
import { PageLoader, QueryError } from "../shell/query-state";
import { AssessmentList } from "./assessment-list";
import { AssessmentView } from "./assessment-view";
import { scoringSheetHref, useAssessments } from "./assessments-api";
import { CrossScoringSection } from "./cross-scoring-section";

const ClusterScoring = ({ cluster }: { cluster: ClusterDetail }) => {
  const { t } = useTranslation();
  const list = useAssessments(cluster.id);
  // Viewers and observers fill in no sheet (the server answers 403).
  const { grants } = useCurrentUser();
  const fillsSheets = grants.some((g) => g.role !== "unit_viewer" && g.role !== "observer");
  // Only the council assigns cross-scoring (the server answers 403 to anyone else).
  const assignsCross = grants.some((g) => g.role === "council_admin" && g.councilId === cluster.councilId);
  const body = () => {
    if (list.isPending) return <PageLoader />;
    const noPact =
      (list.isError && isApiError(list.error) && list.error.status === 404) || list.data?.length === 0;
    if (noPact)
      return (
        <Empty
          title={t("scoring.emptyTitle")}
          description={t("scoring.emptyText")}
          icon="∅"
          action={
            <Button component={Link} to={clusterPath("/giao-uoc", cluster)}>
              {t("nav.pacts")}
            </Button>
          }
        />
      );
    if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
    return (
      <Stack gap="lg">
        <AssessmentList cluster={cluster} list={list.data} />
        {assignsCross && <CrossScoringSection cluster={cluster} />}
      </Stack>
    );
  };
  return (
    <>
      <PageHeader
        title={t("scoring.title", { year: cluster.year })}
        subtitle={cluster.name}
        actions={
          <>
            {fillsSheets && (
              <Button component="a" href={scoringSheetHref(cluster.id, "self")} download variant="default">
                {t("scoring.sheetAll")}
              </Button>
            )}
            <Button component={Link} to={clusterPath("/giao-uoc", cluster)} variant="light">
              {t("nav.pacts")}
            </Button>
            <Button component={Link} to={clusterPath("/xep-hang", cluster)} variant="light">
              {t("nav.ranking")}
            </Button>
          </>
        }
      />
      {body()}
    </>
  );
};

/** /cham-diem?cum=ID[&don-vi=UNITID] — the members' assessments, or one unit's. */
export const ScoringPage = () => {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const unitId = params.get("don-vi");
  return (
    <ClusterScope path="/cham-diem" title={t("nav.scoring")}>
      {(cluster) =>
        unitId ? <AssessmentView cluster={cluster} unitId={unitId} /> : <ClusterScoring cluster={cluster} />
      }
    </ClusterScope>
  );
};
