import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/client";

export type NotificationItem = {
  id: string;
  kind: "deadline" | "missing_report";
  taskId: string | null;
  title: string;
  body: string;
  createdAt: string;
  readAt: string | null;
};
export type NotificationList = { items: NotificationItem[]; unread: number; email: string | null };

const key = ["notifications"] as const;
const latestKey = ["notifications", "latest"] as const;

export type LatestNotifications = {
  unread: number;
  items: Pick<NotificationItem, "id" | "kind" | "taskId" | "title" | "createdAt" | "readAt">[];
};

/**
 * The header bell's count and latest few. Asked once a minute while the tab is visible (TanStack Query does
 * not poll hidden tabs) and when the window regains focus: a few bytes, one indexed count on the server.
 */
export const useLatestNotifications = () =>
  useQuery({
    queryKey: latestKey,
    queryFn: () => api<LatestNotifications>("/notifications/latest"),
    refetchInterval: 60_000,
    staleTime: 30_000,
  });

export const useNotifications = () =>
  useQuery({ queryKey: key, queryFn: () => api<NotificationList>("/notifications") });

/** Marks one read; the answer is the fresh list. */
export const useMarkRead = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<NotificationList>(`/notifications/${encodeURIComponent(id)}/read`, { method: "POST" }),
    onSuccess: (list) => {
      queryClient.setQueryData(key, list);
      void queryClient.invalidateQueries({ queryKey: latestKey });
    },
  });
};

/** Where reminders are e-mailed (null: not at all). */
export const useReminderEmail = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (email: string | null) =>
      api<NotificationList>("/notifications/email", { method: "PUT", body: { email } }),
    onSuccess: (list) => queryClient.setQueryData(key, list),
  });
};
