import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  ClusterDocumentKind,
  ClusterDocumentsResponse,
  IssuableKind,
  IssuedSummary,
  IssueInput,
} from "../../../src/modules/documents/contracts";
import { api } from "../api/client";

export type { ClusterDocumentKind, ClusterDocumentsResponse, IssuableKind, IssuedSummary, IssueInput };
export type ClusterDocument = ClusterDocumentsResponse["documents"][number];

const base = (clusterId: string) => `/clusters/${encodeURIComponent(clusterId)}`;
export const documentKeys = { list: (clusterId: string) => ["documents", clusterId] as const };

export const useClusterDocuments = (clusterId: string) =>
  useQuery({
    queryKey: documentKeys.list(clusterId),
    queryFn: () => api<ClusterDocumentsResponse>(`${base(clusterId)}/documents`),
  });

export const useIssueDocument = (clusterId: string, kind: IssuableKind) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: IssueInput) =>
      api<IssuedSummary>(`${base(clusterId)}/documents/${kind}/issue`, { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentKeys.list(clusterId) }),
  });
};

/** The download address of a cluster document (the API sends PDF inline, Word as an attachment). */
export const documentHref = (clusterId: string, kind: ClusterDocumentKind, format: "pdf" | "docx") =>
  `/api${base(clusterId)}/${kind}.${format}`;
