import { useQuery } from "@tanstack/react-query";
import { api } from "../api/client";
import type { OrgDetail, OrgSummary } from "../api/types";

export const orgKeys = {
  list: (at: string) => ["orgs", "list", at] as const,
  detail: (id: string) => ["orgs", "detail", id] as const,
};

/** The organisations of the user's council(s), named as of the day `at` (YYYY-MM-DD). */
export const useOrgs = (at: string) =>
  useQuery({ queryKey: orgKeys.list(at), queryFn: () => api<OrgSummary[]>("/orgs", { query: { at } }) });

export const useOrg = (id: string) =>
  useQuery({
    queryKey: orgKeys.detail(id),
    queryFn: () => api<OrgDetail>(`/orgs/${encodeURIComponent(id)}`),
  });
