import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type {
  MatrixResponse,
  RankingResponse,
  RankingRow,
  RankingStage,
  SelfVsFinal,
  WhyResponse,
} from "../../../src/contracts/rankings";
import { api, buildUrl } from "../api/client";

export type { MatrixResponse, RankingResponse, RankingRow, RankingStage, SelfVsFinal, WhyResponse };
export type MatrixStage = MatrixResponse["stage"];

const base = (clusterId: string) => `/clusters/${encodeURIComponent(clusterId)}/ranking`;

export const rankingKeys = {
  ranking: (clusterId: string, stage: RankingStage) => ["ranking", clusterId, "table", stage] as const,
  matrix: (clusterId: string, stage: MatrixStage) => ["ranking", clusterId, "matrix", stage] as const,
  why: (clusterId: string, stage: RankingStage, a: string, b: string) =>
    ["ranking", clusterId, "why", stage, a, b] as const,
};

export const useRanking = (clusterId: string, stage: RankingStage) =>
  useQuery({
    queryKey: rankingKeys.ranking(clusterId, stage),
    queryFn: () => api<RankingResponse>(base(clusterId), { query: { stage } }),
    placeholderData: keepPreviousData,
  });

/** The units × criteria scores and self against final; only final and draft exist (self has no review to compare). */
export const useMatrix = (clusterId: string, stage: MatrixStage) =>
  useQuery({
    queryKey: rankingKeys.matrix(clusterId, stage),
    queryFn: () => api<MatrixResponse>(`${base(clusterId)}/matrix`, { query: { stage } }),
    placeholderData: keepPreviousData,
  });

export const useWhy = (clusterId: string, stage: RankingStage, a: string | null, b: string | null) =>
  useQuery({
    queryKey: rankingKeys.why(clusterId, stage, a ?? "", b ?? ""),
    queryFn: () => api<WhyResponse>(`${base(clusterId)}/why`, { query: { a: a ?? "", b: b ?? "", stage } }),
    enabled: Boolean(a && b && a !== b),
  });

/** The .xlsx of the same table (the API sends it as a download). */
export const rankingXlsxHref = (clusterId: string, stage: RankingStage): string =>
  buildUrl(`/clusters/${encodeURIComponent(clusterId)}/ranking.xlsx`, { stage });
