import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ImportResult } from "../../../src/contracts/rankings";
import { uploadText } from "../api/upload";

export type { ImportResult };

/** Imports a thidua.cluster-year/v1 file (all or nothing); afterwards every cluster list is read again. */
export const useImportClusterYear = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      councilId,
      text,
      onProgress,
    }: {
      councilId: string | undefined;
      text: string;
      onProgress: (p: number) => void;
    }) => uploadText<ImportResult>("/imports/cluster-year", { councilId }, text, { onProgress }),
    onSettled: () => queryClient.invalidateQueries(),
  });
};
