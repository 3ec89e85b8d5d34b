import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/client";
import type { ClusterSummary, Role } from "../api/types";

export type AccountGrant = {
  role: Role;
  clusterId: string | null;
  clusterName: string | null;
  clusterYear: number | null;
  unitId: string | null;
  unitName: string | null;
};

/** An account as a council's admin sees it: only its grants in that council. */
export type Account = {
  id: string;
  username: string;
  displayName: string;
  createdAt: string;
  grants: AccountGrant[];
};

export type NewGrant = { role: Role; unitId?: string; clusterId?: string };
export type NewAccount = { username: string; displayName: string; password: string; grants: NewGrant[] };

export const accountKeys = {
  list: (councilId: string) => ["accounts", councilId] as const,
  clusters: ["accounts", "clusters"] as const,
};

const accountsPath = (councilId: string) => `/councils/${encodeURIComponent(councilId)}/accounts`;

export const useAccounts = (councilId: string) =>
  useQuery({ queryKey: accountKeys.list(councilId), queryFn: () => api<Account[]>(accountsPath(councilId)) });

/** Every cluster of every year the user may see, newest year first. */
export const useAllClusters = () =>
  useQuery({ queryKey: accountKeys.clusters, queryFn: () => api<ClusterSummary[]>("/clusters") });

export const useCreateAccount = (councilId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewAccount) => api<Account>(accountsPath(councilId), { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.list(councilId) }),
  });
};

/** An admin sets another account's password; the server ends that account's sessions. */
export const useResetPassword = () =>
  useMutation({
    mutationFn: ({ userId, password }: { userId: string; password: string }) =>
      api<{ sessionsEnded: number }>(`/accounts/${encodeURIComponent(userId)}/password`, {
        method: "PUT",
        body: { password },
      }),
  });

/** The signed-in user changes their own password; their other sessions end, this one stays. */
export const useChangePassword = () =>
  useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      api<{ sessionsEnded: number }>("/auth/password", { method: "PUT", body: input }),
  });
