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

export const useNotifications = () =>
  useQuery({ queryKey: key, queryFn: () => api<NotificationList>("/notifications") });

/** Marks one read; the answer is the fresh list. */
export const useMarkRead = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<NotificationList>(`/notifications/${encodeURIComponent(id)}/read`, { method: "POST" }),
    onSuccess: (list) => queryClient.setQueryData(key, list),
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
