import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { FinalizeBody } from "../../../src/contracts/assessments";
import { api } from "../api/client";
import { uploadFile } from "../api/upload";
import { assessmentKeys } from "./assessments-api";

export type SheetStage = "self" | "review";
export type Override = NonNullable<FinalizeBody["overrides"]>[number];

/** The answer to a filled scoring sheet: how many values were saved, for which units. */
export type SheetImport = {
  saved: boolean;
  count?: number;
  units: { unit: string; unitId: string; sheet: string; inputs?: Record<string, unknown> }[];
};

/** How many values a sheet carried: the server's count, else the inputs it read back. */
export const sheetValueCount = (result: SheetImport): number =>
  result.count ?? result.units.reduce((n, u) => n + Object.keys(u.inputs ?? {}).length, 0);

const cluster = (clusterId: string) => `/clusters/${encodeURIComponent(clusterId)}`;

const useRefreshScores = (clusterId: string) => {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: assessmentKeys.all(clusterId) }),
      queryClient.invalidateQueries({ queryKey: ["ranking", clusterId] }),
    ]);
};

/** Uploads a filled scoring sheet; afterwards the assessments and the ranking are read again. */
export const useImportSheet = (clusterId: string) => {
  const refresh = useRefreshScores(clusterId);
  return useMutation({
    mutationFn: ({
      file,
      stage,
      onProgress,
    }: {
      file: File;
      stage: SheetStage;
      onProgress: (p: number) => void;
    }) => uploadFile<SheetImport>(`${cluster(clusterId)}/scoring-sheet?stage=${stage}`, file, { onProgress }),
    onSettled: refresh,
  });
};

export type CrossAssignment = { reviewerUnitId: string; reviewedUnitId: string };

const crossKey = (clusterId: string) => ["assessments", clusterId, "cross-scoring"] as const;

export const useCrossScoring = (clusterId: string) =>
  useQuery({
    queryKey: crossKey(clusterId),
    queryFn: () => api<CrossAssignment[]>(`${cluster(clusterId)}/cross-scoring`),
  });

/** Adds or removes one assignment; the list and the assessments (who may review) are read again. */
export const useChangeCrossScoring = (clusterId: string) => {
  const refresh = useRefreshScores(clusterId);
  return useMutation({
    mutationFn: ({ pair, remove }: { pair: CrossAssignment; remove: boolean }) =>
      remove
        ? api<CrossAssignment>(
            `${cluster(clusterId)}/cross-scoring/${encodeURIComponent(pair.reviewerUnitId)}/${encodeURIComponent(pair.reviewedUnitId)}`,
            { method: "DELETE" },
          )
        : api<CrossAssignment>(`${cluster(clusterId)}/cross-scoring`, { method: "POST", body: pair }),
    onSettled: refresh,
  });
};
