import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { opinionList, topicSummary } from "../../../src/contracts/propaganda";
import { api } from "../api/client";

export type OpinionList = z.infer<typeof opinionList>;
export type TopicSummary = z.infer<typeof topicSummary>;

export const useTopics = (year: number) =>
  useQuery({
    queryKey: ["propaganda-topics", year],
    queryFn: () => api<TopicSummary[]>("/propaganda-topics", { query: { year } }),
  });

export const useOpinions = (year: number) =>
  useQuery({
    queryKey: ["opinion-reports", year],
    queryFn: () => api<OpinionList>("/opinion-reports", { query: { year } }),
  });
