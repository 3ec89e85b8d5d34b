import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/client";
import { type AssessmentDetail, assessmentKeys, type TimelineEvent } from "./assessments-api";

/** "Gửi giải trình": tells the reviewer the unit's answer is ready; the unit's and the head's lists update. */
export const useSendExplanation = (clusterId: string, unitId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (note: string | null) =>
      api<{ status: string; sent: true }>(
        `/clusters/${encodeURIComponent(clusterId)}/assessments/${encodeURIComponent(unitId)}/explanations/send`,
        { method: "POST", body: { note } },
      ),
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: assessmentKeys.all(clusterId) }),
        queryClient.invalidateQueries({ queryKey: ["todo"] }),
      ]);
    },
  });
};

/** A timeline row the unit's "Gửi giải trình" wrote: the status stays "explanation". */
export const isSentEvent = (e: TimelineEvent): boolean => e.from === "explanation" && e.to === "explanation";

/** The reviewer's latest request for an explanation, and the unit's answer to it if sent. */
export function explanationState(a: AssessmentDetail) {
  const request = a.timeline.filter((e) => e.to === "explanation" && e.from !== "explanation").at(-1);
  const sent = request ? a.timeline.filter((e) => isSentEvent(e) && e.at >= request.at).at(-1) : undefined;
  const criteria = a.criteria.filter(
    (c) => c.reviewed.value !== null && JSON.stringify(c.reviewed.value) !== JSON.stringify(c.self.value),
  );
  return { request, sent, criteria };
}
