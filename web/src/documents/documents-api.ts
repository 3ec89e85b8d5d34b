import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  ClusterDocumentKind,
  ClusterDocumentsResponse,
  ClusterIssuers,
  IssuableKind,
  IssuedSummary,
  IssueInput,
  IssuerInput,
} from "../../../src/modules/documents/contracts";
import { api } from "../api/client";

export type {
  ClusterDocumentKind,
  ClusterDocumentsResponse,
  ClusterIssuers,
  IssuableKind,
  IssuedSummary,
  IssueInput,
  IssuerInput,
};
export type DocumentLayout = "party" | "state";
export type DocumentSettings = {
  councilId: string;
  layout: DocumentLayout;
  partyTermStart: string | null;
  version: number;
  canChange: boolean;
};
export type ClusterDocument = ClusterDocumentsResponse["documents"][number];

const base = (clusterId: string) => `/clusters/${encodeURIComponent(clusterId)}`;
export const documentKeys = {
  list: (clusterId: string) => ["documents", clusterId] as const,
  settings: (councilId: string) => ["document-settings", councilId] as const,
  issuers: (clusterId: string) => ["document-issuers", clusterId] as const,
};

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

export const useDocumentSettings = (councilId: string) =>
  useQuery({
    queryKey: documentKeys.settings(councilId),
    queryFn: () => api<DocumentSettings>(`/councils/${encodeURIComponent(councilId)}/document-settings`),
  });

export const useSaveDocumentSettings = (councilId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { layout: DocumentLayout; partyTermStart: string | null; version: number }) =>
      api<DocumentSettings>(`/councils/${encodeURIComponent(councilId)}/document-settings`, {
        method: "PUT",
        body: input,
      }),
    onSuccess: (data) => {
      queryClient.setQueryData(documentKeys.settings(councilId), data);
      void queryClient.invalidateQueries({ queryKey: ["documents"] });
    },
  });
};

export const useClusterIssuers = (clusterId: string) =>
  useQuery({
    queryKey: documentKeys.issuers(clusterId),
    queryFn: () => api<ClusterIssuers>(`${base(clusterId)}/document-issuers`),
  });

export const useSaveIssuer = (clusterId: string, orgId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: IssuerInput) =>
      api<IssuerInput>(`/organizations/${encodeURIComponent(orgId)}/document-issuer`, {
        method: "PUT",
        body: input,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentKeys.issuers(clusterId) }),
  });
};
