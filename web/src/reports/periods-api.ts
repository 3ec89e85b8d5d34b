import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { reportPeriod } from "../../../src/contracts/reports";
import { api, buildUrl } from "../api/client";

export type ReportPeriod = z.infer<typeof reportPeriod>;
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

export const consolidatedHref = (periodId: string) =>
  buildUrl(`/report-periods/${encodeURIComponent(periodId)}/consolidated.html`);
