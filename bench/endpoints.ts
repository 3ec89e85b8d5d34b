// What the HTTP benchmark reads, each with the target. Every read spreads its requests over the
// data set (clusters or units), so no single cached answer makes the figure.

import { type HttpServer, PUBLISHED_CLUSTERS } from "./http-setup";

export type Target = { rps: number; p99: number; why: string };

export type ReadEndpoint = {
  readonly name: string;
  /** The request paths, cycled by every connection. */
  readonly paths: (server: HttpServer) => string[];
  readonly target: Target;
  /** Also replay the SQL of one cold request directly, for the ratio against the bare SQL. */
  readonly replay: boolean;
};

const ALL = "all 10 clusters";
export const PEER_RANKING_XLSX_RPS = 44;

export const READ_ENDPOINTS: readonly ReadEndpoint[] = [
  {
    name: "ranking",
    paths: (s) => s.clusterIds.map((id) => `/api/clusters/${id}/ranking`),
    target: { rps: 2_000, p99: 50, why: ALL },
    replay: true,
  },
  {
    name: "scoring matrix",
    paths: (s) => s.clusterIds.map((id) => `/api/clusters/${id}/ranking/matrix`),
    target: { rps: 2_000, p99: 50, why: ALL },
    replay: true,
  },
  {
    name: "assessment page",
    paths: (s) => s.assessmentPaths,
    target: { rps: 1_500, p99: 50, why: "all 100 units" },
    replay: true,
  },
  {
    // The workbook's second sheet is the units × criteria matrix: there is no separate matrix download.
    name: "ranking + matrix Excel",
    paths: (s) => publishedClusters(s).map((id) => `/api/clusters/${id}/ranking.xlsx`),
    target: {
      rps: 20 * PEER_RANKING_XLSX_RPS,
      p99: 100,
      why: `20× the peer's ${PEER_RANKING_XLSX_RPS} req/s`,
    },
    replay: false,
  },
];

export const publishedClusters = (s: HttpServer): string[] => s.clusterIds.slice(0, PUBLISHED_CLUSTERS);
