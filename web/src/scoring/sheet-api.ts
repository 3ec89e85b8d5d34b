import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { SaveInputsBatchBody } from "../../../src/contracts/batch-inputs";
import { api } from "../api/client";
import { assessmentKeys } from "./assessments-api";

/** One save for the whole form; afterwards the assessment, the list, the ranking and the to-do lists are read again. */
export const useSaveInputsBatch = (clusterId: string, unitId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveInputsBatchBody) =>
      api<{ saved: { criterionCode: string; version: number }[] }>(
        `/clusters/${encodeURIComponent(clusterId)}/assessments/${encodeURIComponent(unitId)}/inputs`,
        { method: "PUT", body },
      ),
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: assessmentKeys.all(clusterId) }),
        queryClient.invalidateQueries({ queryKey: ["ranking", clusterId] }),
        queryClient.invalidateQueries({ queryKey: ["todo"] }),
      ]);
    },
  });
};
