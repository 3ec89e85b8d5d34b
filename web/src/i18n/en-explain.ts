import type { viExplain } from "./vi-explain";

/** Explanation: the banner on the unit's assessment page (English). */
export const enExplain: typeof viExplain = {
  label: "Explanation requested",
  title: "The reviewer asks your unit to explain",
  sentTitle: "The unit has sent its explanation",
  note: "{{who}} wrote: “{{note}}”",
  criteria: "Criteria where the review differs from the self-score:",
  answered: "explained",
  howTo: "Write your explanation on each criterion (you may add evidence), then send it to the reviewer.",
  send: "Send explanation",
  sendNote: "Covering note (optional)",
  unanswered: "No explanation yet for {{codes}}: the reviewed scores stand if you do not explain them.",
  sentAt: "Sent {{at}} ({{who}}). The reviewer will read it and agree the final score.",
  waiting: "Waiting for the unit's explanation.",
  sentEvent: "Explanation sent",
};
