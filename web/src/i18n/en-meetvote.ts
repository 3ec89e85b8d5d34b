import type { viMeetvote } from "./vi-meetvote";

/** Preparing a vote and drafting the news report on the meeting page (English). */
export const enMeetvote: typeof viMeetvote = {
  add: "Add a vote",
  title: "Prepare a vote",
  question: "Question put to the vote",
  kind: "Kind of vote",
  kinds: {
    motion: "Motion (for / against / abstain)",
    election: "Election among candidates",
  },
  method: "Ballot",
  methods: { secret: "Secret ballot", named: "Named (open) vote" },
  item: "Agenda item",
  noItem: "No agenda item",
  unitCandidates: "Member units standing",
  otherCandidates: "Other candidates",
  otherCandidatesHint: "One candidate per line (e.g. name, post)",
  seats: "Number to elect",
  threshold: "Threshold",
  thresholds: {
    majorityOfValid: "More than half of valid ballots",
    twoThirdsOfValid: "At least two thirds of valid ballots",
    percentOfEligible: "At least a percentage of all eligible voters",
  },
  percent: "Minimum share (% of eligible voters)",
  quorum: "Quorum (% of eligible voters who must vote)",
  quorumHint: "Leave empty for no quorum",
  save: "Save vote",
  hint: "Once saved, press “Open vote” so the delegates present can start voting.",
  draftReport: "Draft the news report",
  reportMd: "Download the news report (Markdown)",
};
