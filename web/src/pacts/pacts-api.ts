import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  AmendPactInput,
  CreatePactInput,
  PactResponse,
  PactTemplateSummary,
  PactView,
  SetUnitTargetsInput,
  SignPactInput,
  UpdatePactInput,
} from "../../../src/contracts/pacts";
import type { AmendmentImpact, ImpactRow } from "../../../src/contracts/publication";
import { api, buildUrl } from "../api/client";
import { uploadFile } from "../api/upload";

export type { AmendmentImpact, ImpactRow, PactResponse, PactTemplateSummary, PactView };
export type PactMember = PactView["members"][number];
export type PactAmendment = PactView["amendments"][number];
export type PactFile = PactView["scans"][number];

const base = (clusterId: string) => `/clusters/${encodeURIComponent(clusterId)}/pact`;

export const pactKeys = {
  pact: (clusterId: string) => ["pacts", clusterId] as const,
  templates: ["pact-templates"] as const,
};

export const usePact = (clusterId: string) =>
  useQuery({ queryKey: pactKeys.pact(clusterId), queryFn: () => api<PactResponse>(base(clusterId)) });

export const usePactTemplates = (enabled: boolean) =>
  useQuery({
    queryKey: pactKeys.templates,
    queryFn: () => api<PactTemplateSummary[]>("/pact-templates"),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
  });

/** The criteria table as a workbook, and the whole cluster-year file (thidua.cluster-year/v1). */
export const criteriaXlsxHref = (clusterId: string): string =>
  buildUrl(`/clusters/${encodeURIComponent(clusterId)}/criteria.xlsx`);
export const clusterYearJsonHref = (clusterId: string): string =>
  buildUrl(`/clusters/${encodeURIComponent(clusterId)}/export.json`);

/** The download address of a scan of the signed pact. */
export const scanHref = (clusterId: string, fileId: string): string =>
  `/api${base(clusterId)}/scan/${encodeURIComponent(fileId)}`;

/** A change to the pact; afterwards the pact (and anything scored against it) is read again. */
const usePactMutation = <Input, Output>(clusterId: string, send: (input: Input) => Promise<Output>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: pactKeys.pact(clusterId) }),
        queryClient.invalidateQueries({ queryKey: ["assessments", clusterId] }),
        queryClient.invalidateQueries({ queryKey: ["ranking", clusterId] }),
      ]);
    },
  });
};

export const useCreatePact = (clusterId: string) =>
  usePactMutation(clusterId, (input: CreatePactInput) =>
    api<unknown>(base(clusterId), { method: "POST", body: input }),
  );

export const useSavePact = (clusterId: string) =>
  usePactMutation(clusterId, (input: UpdatePactInput) =>
    api<unknown>(base(clusterId), { method: "PUT", body: input }),
  );

export const useAmendPact = (clusterId: string) =>
  usePactMutation(clusterId, (input: AmendPactInput) =>
    api<unknown>(`${base(clusterId)}/amend`, { method: "POST", body: input }),
  );

export const useSetTargets = (clusterId: string) =>
  usePactMutation(clusterId, (input: SetUnitTargetsInput) =>
    api<PactResponse>(`${base(clusterId)}/targets`, { method: "PUT", body: input }),
  );

export const useOpenSigning = (clusterId: string) =>
  usePactMutation(clusterId, (version: number) =>
    api<unknown>(`${base(clusterId)}/open-signing`, { method: "POST", body: { version } }),
  );

export const useSignPact = (clusterId: string) =>
  usePactMutation(clusterId, (input: SignPactInput) =>
    api<unknown>(`${base(clusterId)}/sign`, { method: "POST", body: input }),
  );

export const useUploadScan = (clusterId: string) =>
  usePactMutation(clusterId, ({ file, onProgress }: { file: File; onProgress: (percent: number) => void }) =>
    uploadFile<unknown>(`${base(clusterId)}/scan`, file, { onProgress }),
  );

/** What the amendment being edited would change (nothing is saved). */
export const usePreviewAmendment = (clusterId: string) =>
  useMutation({
    mutationFn: (input: { criteria: unknown[]; rules: unknown }) =>
      api<AmendmentImpact>(`${base(clusterId)}/amendment-impact`, {
        method: "POST",
        body: input,
      }),
  });
