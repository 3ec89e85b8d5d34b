import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { SearchResponse } from "../../../src/contracts/search";
import { api } from "../api/client";

export type { SearchResponse };

export const useSearch = (q: string, kind: string, year: string) =>
  useQuery({
    queryKey: ["search", q, kind, year],
    queryFn: () =>
      api<SearchResponse>("/search", { query: { q, kind: kind || undefined, year: year || undefined } }),
    enabled: q.trim() !== "",
    placeholderData: keepPreviousData,
  });
