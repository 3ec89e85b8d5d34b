import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { api } from "../api/client";
import type { ClusterSummary } from "../api/types";
import { clusterKeys } from "../clusters/clusters-api";
import { parseYear } from "../lib/year";

type Shown = { id: string; code: string; councilId: string; year: number; nextYearClusterId: string | null };

/**
 * When the header's year selector picks another year than the cluster shown, moves to the same cluster
 * (same council and code) of that year, keeping the rest of the address; to the page's cluster list when
 * that year has none. Only for a year chosen explicitly (`?year=`): a shared link to a past cluster stays.
 * Returns true while it is moving, so the page shows nothing stale meanwhile.
 */
export const useFollowYear = (
  cluster: Shown | undefined,
  to: (clusterId: string | null, year: number, search: URLSearchParams) => string,
): boolean => {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const year = parseYear(params.get("year"));
  const moving = cluster !== undefined && year !== null && year !== cluster.year;
  const siblings = useQuery({
    queryKey: clusterKeys.list(year ?? 0),
    queryFn: () => api<ClusterSummary[]>("/clusters", { query: { year: year ?? undefined } }),
    enabled: moving,
  });
  const found = moving ? siblings.data : undefined;
  // The latest address builder, without making every render move again.
  const target = useRef(to);
  target.current = to;
  useEffect(() => {
    if (!cluster || year === null || !found) return;
    const same =
      found.find((c) => c.code === cluster.code && c.councilId === cluster.councilId) ??
      found.find((c) => c.id === cluster.nextYearClusterId);
    navigate(target.current(same?.id ?? null, year, new URLSearchParams(params)), { replace: true });
  }, [cluster, year, found, navigate, params]);
  // A failed lookup leaves the page as it is, with its "other year" notice.
  return moving && !siblings.isError;
};
