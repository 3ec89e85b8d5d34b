import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { PracticeDetail, PracticeInput, PracticeSummary } from "../../../src/contracts/practices";
import { api } from "../api/client";

export type { PracticeDetail, PracticeSummary };

export const usePractices = (year: number | undefined) =>
  useQuery({
    queryKey: ["practices", "list", year],
    queryFn: () => api<PracticeSummary[]>("/practices", { query: { year } }),
  });

export const usePractice = (id: string) =>
  useQuery({
    queryKey: ["practices", id],
    queryFn: () => api<PracticeDetail>(`/practices/${encodeURIComponent(id)}`),
  });

export const useAdopt = (id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { unitId: string; adoptedOn: string; result: string }) =>
      api<PracticeDetail>(`/practices/${encodeURIComponent(id)}/replications`, { method: "POST", body }),
    onSuccess: async (data) => {
      queryClient.setQueryData(["practices", id], data);
      await queryClient.invalidateQueries({ queryKey: ["practices", "list"] });
    },
  });
};

/** Records a new practice; the library is fetched again. */
export const useCreatePractice = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PracticeInput) => api<PracticeDetail>("/practices", { method: "POST", body }),
    onSuccess: async (data) => {
      queryClient.setQueryData(["practices", data.id], data);
      await queryClient.invalidateQueries({ queryKey: ["practices", "list"] });
      await queryClient.invalidateQueries({ queryKey: ["reports"] });
      await queryClient.invalidateQueries({ queryKey: ["search"] });
    },
  });
};
