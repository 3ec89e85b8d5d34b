import { useQuery } from "@tanstack/react-query";
import { api } from "../api/client";
import type { OrgDetail, OrgSummary } from "../api/types";

export const orgKeys = {
  list: (year: number) => ["orgs", "list", year] as const,
  detail: (id: string) => ["orgs", "detail", id] as const,
};

/** The organisations of the user's council(s) that existed at any time in the year, named as at its end (or their last day). */
export const useOrgs = (year: number) =>
  useQuery({ queryKey: orgKeys.list(year), queryFn: () => api<OrgSummary[]>("/orgs", { query: { year } }) });

export const useOrg = (id: string) =>
  useQuery({
    queryKey: orgKeys.detail(id),
    queryFn: () => api<OrgDetail>(`/orgs/${encodeURIComponent(id)}`),
  });
