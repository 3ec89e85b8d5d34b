import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  ReportDetail,
  ReportSections,
  ReportStatus,
  ReportSummary,
} from "../../../src/contracts/reports";
import { api, buildUrl } from "../api/client";
import { uploadFile } from "../api/upload";

export type { ReportDetail, ReportSections, ReportStatus, ReportSummary };
export type ReportMove = "submit" | "accept" | "return";

export const useReports = (year: number) =>
  useQuery({
    queryKey: ["reports", "list", year],
    queryFn: () => api<ReportSummary[]>("/reports", { query: { year } }),
  });

export const useReport = (id: string) =>
  useQuery({
    queryKey: ["reports", id],
    queryFn: () => api<ReportDetail>(`/reports/${encodeURIComponent(id)}`),
  });

const useReportWrite = <I>(id: string, send: (input: I) => Promise<ReportDetail>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (data) => {
      queryClient.setQueryData(["reports", id], data);
      await queryClient.invalidateQueries({ queryKey: ["reports", "list"] });
      await queryClient.invalidateQueries({ queryKey: ["search"] });
    },
  });
};

export const useSaveReport = (id: string) =>
  useReportWrite(id, (body: { version: number; sections: ReportSections }) =>
    api<ReportDetail>(`/reports/${encodeURIComponent(id)}`, { method: "PUT", body }),
  );

export const useMoveReport = (id: string) =>
  useReportWrite(id, ({ move, ...body }: { move: ReportMove; version: number; reason?: string }) =>
    api<ReportDetail>(`/reports/${encodeURIComponent(id)}/${move}`, { method: "POST", body }),
  );

const filesPath = (id: string) => `/reports/${encodeURIComponent(id)}/files`;

export const reportFileHref = (id: string, fileId: string) =>
  buildUrl(`${filesPath(id)}/${encodeURIComponent(fileId)}`);

/** Attaches one file to the report (the shared upload helper: progress, the server's refusals). */
export const useAttachReportFile = (id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, onProgress }: { file: File; onProgress: (percent: number) => void }) =>
      uploadFile<unknown>(filesPath(id), file, { onProgress }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["reports", id] }),
  });
};

export const useDeleteReportFile = (id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fileId: string) =>
      api<unknown>(`${filesPath(id)}/${encodeURIComponent(fileId)}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["reports", id] }),
  });
};
