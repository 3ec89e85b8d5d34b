import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ClusterCalendar } from "../../../src/contracts/calendars";
import { api } from "../api/client";

export type { ClusterCalendar };
export type CalendarDates = Pick<
  ClusterCalendar,
  "pactSignedBy" | "selfAssessmentDue" | "reviewDue" | "conferenceOn"
>;

const path = (clusterId: string) => `/clusters/${encodeURIComponent(clusterId)}/calendar`;
const key = (clusterId: string) => ["calendar", clusterId] as const;

export const useCalendar = (clusterId: string) =>
  useQuery({ queryKey: key(clusterId), queryFn: () => api<ClusterCalendar>(path(clusterId)) });

/** The council saves the dates; every to-do list reads them again. */
export const useSetCalendar = (clusterId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CalendarDates & { version: number }) =>
      api<ClusterCalendar>(path(clusterId), { method: "PUT", body }),
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: key(clusterId) }),
        queryClient.invalidateQueries({ queryKey: ["todo"] }),
      ]);
    },
  });
};
