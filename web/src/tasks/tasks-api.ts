import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  ReferenceDocumentSummary,
  ReferenceDocumentView,
} from "../../../src/contracts/reference-documents";
import type {
  CreateTaskInput,
  ReportProgressInput,
  TaskSummary,
  TaskView,
  taskListView,
} from "../../../src/contracts/tasks";
import { api } from "../api/client";
import { uploadFile } from "../api/upload";

export type { CreateTaskInput, ReferenceDocumentSummary, ReferenceDocumentView, TaskSummary, TaskView };
export type NextPact = TaskList["clusters"][number]["nextPact"];
export type CarryResult = {
  clusterId: string;
  pactVersion: number;
  carried: { taskId: string; code: string }[];
};
export type TaskList = z.infer<typeof taskListView>;
export type TaskStatus = TaskSummary["status"];

export const taskKeys = {
  list: (clusterId: string) => ["tasks", "list", clusterId] as const,
  task: (id: string) => ["tasks", "task", id] as const,
  docs: (q: string) => ["reference-documents", q] as const,
};

export const useTasks = (clusterId: string) =>
  useQuery({
    queryKey: taskKeys.list(clusterId),
    queryFn: () => api<TaskList>("/tasks", { query: { clusterId } }),
  });

export const useTask = (id: string) =>
  useQuery({ queryKey: taskKeys.task(id), queryFn: () => api<TaskView>(`/tasks/${encodeURIComponent(id)}`) });

/** Sends a progress report, then its evidence file if one was chosen; the page shows the fresh task. */
export const useReportProgress = (taskId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, file }: { input: ReportProgressInput; file: File | null }) => {
      const path = `/tasks/${encodeURIComponent(taskId)}`;
      const before = new Set(
        (queryClient.getQueryData<TaskView>(taskKeys.task(taskId))?.reports ?? []).map((r) => r.id),
      );
      let view = await api<TaskView>(`${path}/reports`, { method: "POST", body: input });
      const created = view.reports.find((r) => !before.has(r.id));
      if (file && created) view = await uploadFile<TaskView>(`${path}/reports/${created.id}/evidence`, file);
      return view;
    },
    onSuccess: async (view) => {
      queryClient.setQueryData(taskKeys.task(taskId), view);
      await queryClient.invalidateQueries({ queryKey: taskKeys.list(view.clusterId) });
    },
  });
};

export const useReferenceDocuments = (q: string) =>
  useQuery({
    queryKey: taskKeys.docs(q),
    queryFn: () => api<ReferenceDocumentSummary[]>("/reference-documents", { query: { q: q || undefined } }),
  });

export const evidenceHref = (taskId: string, fileId: string) =>
  `/api/tasks/${encodeURIComponent(taskId)}/evidence/${encodeURIComponent(fileId)}`;

/** Creates a task; the list of its cluster is fetched again. */
export const useCreateTask = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTaskInput) => api<TaskView>("/tasks", { method: "POST", body: input }),
    onSuccess: async (view) => {
      queryClient.setQueryData(taskKeys.task(view.id), view);
      await queryClient.invalidateQueries({ queryKey: taskKeys.list(view.clusterId) });
    },
  });
};

/** Carries the chosen tasks into next year's draft pact as criteria. */
export const useCarryToPact = (clusterId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (items: { taskId: string; max: number }[]) =>
      api<CarryResult>("/tasks/carry-to-pact", { method: "POST", body: { clusterId, items } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["tasks"] });
      await queryClient.invalidateQueries({ queryKey: ["pacts"] });
    },
  });
};
