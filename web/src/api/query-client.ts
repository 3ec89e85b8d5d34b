import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { isApiError } from "./client";

export const meKey = ["auth", "me"] as const;

/** A 401 other than a wrong password means the session is gone. */
export const isSessionLost = (error: unknown): boolean =>
  isApiError(error) && error.status === 401 && error.error !== "invalid_credentials";

const shouldRetry = (failureCount: number, error: unknown): boolean =>
  failureCount < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500);

/** Query client whose 401s sign the user out of the UI (RequireAuth then sends them to /dang-nhap). */
export const createQueryClient = (): QueryClient => {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (isSessionLost(error) && query.queryKey[0] !== meKey[0]) client.setQueryData(meKey, null);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error) => {
        if (isSessionLost(error)) client.setQueryData(meKey, null);
      },
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  return client;
};
