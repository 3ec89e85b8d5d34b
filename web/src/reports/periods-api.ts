import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { ConsolidatedReport, reportPeriod } from "../../../src/contracts/reports";
import { api, buildUrl } from "../api/client";

export type ReportPeriod = z.infer<typeof reportPeriod>;
export type { ConsolidatedReport };
export type ConsolidatedSection = ConsolidatedReport["sections"][number];
export type OpenPeriodInput = { clusterId: string; kind: "half" | "year"; deadline: string };

export const usePeriods = (clusterId: string) =>
  useQuery({
    queryKey: ["report-periods", clusterId],
    queryFn: () =>
      api<{ manages: boolean; periods: ReportPeriod[] }>("/report-periods", { query: { clusterId } }),
  });

/** Opens a period: every member unit gets its draft report. */
export const useOpenPeriod = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OpenPeriodInput) =>
      api<ReportPeriod>("/report-periods", { method: "POST", body: input }),
    onSuccess: async (period) => {
      await queryClient.invalidateQueries({ queryKey: ["report-periods", period.clusterId] });
      await queryClient.invalidateQueries({ queryKey: ["reports", "list"] });
    },
  });
};

const consolidatedPath = (periodId: string) => `/report-periods/${encodeURIComponent(periodId)}/consolidated`;

/** The consolidated report as HTML (preview), Word or PDF. */
export const consolidatedHref = (periodId: string, format: "html" | "docx" | "pdf" = "html") =>
  buildUrl(`${consolidatedPath(periodId)}.${format}`);

export const consolidatedKey = (periodId: string) => ["report-periods", "consolidated", periodId];

export const useConsolidated = (periodId: string) =>
  useQuery({
    queryKey: consolidatedKey(periodId),
    queryFn: () => api<ConsolidatedReport>(consolidatedPath(periodId)),
  });

/** Saves the edited sections; a stale version answers 409 and the typed text stays in the form. */
export const useSaveConsolidated = (periodId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; sections: ConsolidatedSection[] }) =>
      api<ConsolidatedReport>(consolidatedPath(periodId), { method: "PUT", body }),
    onSuccess: (data) => queryClient.setQueryData(consolidatedKey(periodId), data),
  });
};
