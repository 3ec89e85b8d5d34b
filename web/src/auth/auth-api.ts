import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, isApiError, setCsrfToken } from "../api/client";
import { meKey } from "../api/query-client";
import type { Me, Session } from "../api/types";

/** The signed-in user, or null when there is no session. */
const fetchMe = async (): Promise<Me | null> => {
  try {
    const session = await api<Session>("/auth/me");
    setCsrfToken(session.csrfToken);
    return session.user;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
};

export const useMe = () =>
  useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: Number.POSITIVE_INFINITY });

export type Credentials = { username: string; password: string };

export const useLogin = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) =>
      api<Session>("/auth/login", { method: "POST", body: credentials }),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
      queryClient.setQueryData(meKey, session.user);
    },
  });
};

export const useLogout = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ ok: true }>("/auth/logout", { method: "POST" }),
    onSuccess: () => {
      setCsrfToken(null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
      queryClient.setQueryData(meKey, null);
    },
  });
};

/** Ends the user's sessions on other devices; this one stays. */
export const useSignOutOthers = () =>
  useMutation({
    mutationFn: () => api<{ ended: number }>("/auth/sessions/sign-out-others", { method: "POST" }),
  });
