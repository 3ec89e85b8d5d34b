import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  AssessmentCan,
  AssessmentDetail,
  AssessmentSummary,
  CorrectionBody,
  CriterionRow,
  EvidenceFile,
  ExplainBody,
  FinalizeBody,
  SaveReviewInputBody,
  SaveSelfInputBody,
} from "../../../src/contracts/assessments";
import { api, buildUrl } from "../api/client";
import { uploadFile } from "../api/upload";

export type { AssessmentCan, AssessmentDetail, AssessmentSummary, CriterionRow, EvidenceFile };
export type AssessmentStatus = AssessmentDetail["status"];
export type TimelineEvent = AssessmentDetail["timeline"][number];
export type Correction = AssessmentDetail["corrections"][number];
export type Move = "submit" | "complete-review" | "request-explanation" | "finalize" | "publish";

const list = (clusterId: string) => `/clusters/${encodeURIComponent(clusterId)}/assessments`;
const one = (clusterId: string, unitId: string) => `${list(clusterId)}/${encodeURIComponent(unitId)}`;

export const assessmentKeys = {
  all: (clusterId: string) => ["assessments", clusterId] as const,
  list: (clusterId: string) => ["assessments", clusterId, "list"] as const,
  detail: (clusterId: string, unitId: string) => ["assessments", clusterId, "unit", unitId] as const,
};

export const useAssessments = (clusterId: string) =>
  useQuery({
    queryKey: assessmentKeys.list(clusterId),
    queryFn: () => api<AssessmentSummary[]>(list(clusterId)),
  });

export const useAssessment = (clusterId: string, unitId: string) =>
  useQuery({
    queryKey: assessmentKeys.detail(clusterId, unitId),
    queryFn: () => api<AssessmentDetail>(one(clusterId, unitId)),
  });

/** The scoring sheet to fill in offline: one unit's (or every member's, a sheet each), for self-scoring or review. */
export const scoringSheetHref = (clusterId: string, stage: "self" | "review", unit?: string): string =>
  buildUrl(`/clusters/${encodeURIComponent(clusterId)}/scoring-sheet.xlsx`, { unit, stage });

export const evidenceHref = (clusterId: string, unitId: string, fileId: string): string =>
  buildUrl(`${one(clusterId, unitId)}/evidence/${encodeURIComponent(fileId)}`);

/** Any change to an assessment: afterwards the list, this unit and the rankings are read again. */
const useAssessmentMutation = <Input, Output = unknown>(
  clusterId: string,
  send: (input: Input) => Promise<Output>,
) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: assessmentKeys.all(clusterId) }),
        queryClient.invalidateQueries({ queryKey: ["ranking", clusterId] }),
      ]);
    },
  });
};

export type SavedInput = { criterionCode: string; version: number };

export const useSaveSelf = (clusterId: string, unitId: string) =>
  useAssessmentMutation(clusterId, (body: SaveSelfInputBody) =>
    api<SavedInput>(`${one(clusterId, unitId)}/self-inputs`, { method: "PUT", body }),
  );

export const useSaveReview = (clusterId: string, unitId: string) =>
  useAssessmentMutation(clusterId, (body: SaveReviewInputBody) =>
    api<SavedInput>(`${one(clusterId, unitId)}/review-inputs`, { method: "PUT", body }),
  );

export const useExplain = (clusterId: string, unitId: string) =>
  useAssessmentMutation(clusterId, (body: ExplainBody) =>
    api<SavedInput>(`${one(clusterId, unitId)}/explanations`, { method: "PUT", body }),
  );

export const useCorrect = (clusterId: string, unitId: string) =>
  useAssessmentMutation(clusterId, (body: CorrectionBody) =>
    api<SavedInput>(`${one(clusterId, unitId)}/corrections`, { method: "POST", body }),
  );

export const useMove = (clusterId: string, unitId: string) =>
  useAssessmentMutation(
    clusterId,
    ({ move, body }: { move: Move; body: { note: string | null } | FinalizeBody }) =>
      api<{ status: AssessmentStatus; version: number }>(`${one(clusterId, unitId)}/${move}`, {
        method: "POST",
        body,
      }),
  );

export const useAttachEvidence = (clusterId: string, unitId: string) =>
  useAssessmentMutation(
    clusterId,
    ({
      criterionCode,
      file,
      onProgress,
    }: {
      criterionCode: string;
      file: File;
      onProgress: (p: number) => void;
    }) =>
      uploadFile<unknown>(`${one(clusterId, unitId)}/evidence`, file, {
        fields: { criterionCode },
        onProgress,
      }),
  );

export const useDeleteEvidence = (clusterId: string, unitId: string) =>
  useAssessmentMutation(clusterId, (fileId: string) =>
    api<unknown>(`${one(clusterId, unitId)}/evidence/${encodeURIComponent(fileId)}`, { method: "DELETE" }),
  );
