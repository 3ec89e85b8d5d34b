import { useQuery } from "@tanstack/react-query";
import { api } from "../api/client";
import type { Person } from "../api/types";

export const peopleKeys = { list: (at: string) => ["people", "list", at] as const };

/** People with their positions, organisations named as of the day `at` (YYYY-MM-DD). */
export const usePeople = (at: string) =>
  useQuery({ queryKey: peopleKeys.list(at), queryFn: () => api<Person[]>("/people", { query: { at } }) });
