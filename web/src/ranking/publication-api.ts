import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { PublicationResponse } from "../../../src/contracts/publication";
import { api } from "../api/client";

export type { PublicationResponse };

const path = (clusterId: string) => `/clusters/${encodeURIComponent(clusterId)}/publication`;

export const usePublication = (clusterId: string) =>
  useQuery({
    queryKey: ["publication", clusterId],
    queryFn: () => api<PublicationResponse>(path(clusterId)),
  });

/** Publishes the whole cluster with the versions the council sees, then refreshes every scoring view. */
export const usePublishCluster = (clusterId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { versions: Record<string, number>; note: string | null }) =>
      api<unknown>(path(clusterId), { method: "POST", body }),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: ["publication", clusterId] });
      void client.invalidateQueries({ queryKey: ["ranking", clusterId] });
      void client.invalidateQueries({ queryKey: ["assessments"] });
    },
  });
};
