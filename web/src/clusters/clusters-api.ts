import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/client";
import type { ClusterDetail, ClusterSummary } from "../api/types";

export const clusterKeys = {
  years: ["years"] as const,
  defaultYear: ["years", "default"] as const,
  all: ["clusters"] as const,
  list: (year: number) => ["clusters", "list", year] as const,
  detail: (id: string) => ["clusters", "detail", id] as const,
};

/** Years having clusters the user may see, newest first. */
export const useYears = () =>
  useQuery({ queryKey: clusterKeys.years, queryFn: () => api<number[]>("/years") });

/** The year to open on: the server's choice (this year if begun, never an empty draft of next year). */
export const useDefaultYear = () =>
  useQuery({ queryKey: clusterKeys.defaultYear, queryFn: () => api<{ year: number }>("/years/default") });

export const useClusters = (year: number) =>
  useQuery({
    queryKey: clusterKeys.list(year),
    queryFn: () => api<ClusterSummary[]>("/clusters", { query: { year } }),
  });

export const useCluster = (id: string) =>
  useQuery({
    queryKey: clusterKeys.detail(id),
    queryFn: () => api<ClusterDetail>(`/clusters/${encodeURIComponent(id)}`),
  });

/** Clones a cluster into another year; refreshes the years and lists that now include it. */
export const useCloneCluster = (id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (year: number) =>
      api<ClusterSummary>(`/clusters/${encodeURIComponent(id)}/clone`, { method: "POST", body: { year } }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: clusterKeys.years }),
        queryClient.invalidateQueries({ queryKey: clusterKeys.all }),
        queryClient.invalidateQueries({ queryKey: ["orgs"] }),
      ]);
    },
  });
};
