import type { viForm } from "./vi-form";

/** The scoring form: inputs labelled by method, formulas, one save (English). */
export const enForm: typeof viForm = {
  stage: { self: "self-score", review: "review" },
  label: {
    points: "Points — {{stage}} {{code}}",
    result: "Result achieved — {{stage}} {{code}}",
    resultIn: "Result achieved ({{unit}}) — {{stage}} {{code}}",
    percent: "% — {{stage}} {{code}}",
    count: "Number of times — {{stage}} {{code}}",
    violations: "Number of violations — {{stage}} {{code}}",
    passFail: "Passed/failed — {{stage}} {{code}}",
    level: "Level reached — {{stage}} {{code}}",
  },
  unitArticles: "articles",
  formula: {
    passed: "Passed → {{max}}",
    failed: "Failed → 0",
    atTarget: "{{a}} ≥ target {{t}} → {{max}}",
    leaderAbove:
      "{{a}} / {{t}} above target: 0.5 × {{max}} + the excess relative to the leader (the leader gets {{max}})",
    noTarget: "No target registered: {{max}} × result / highest result among units without a target",
    capped: "{{calc}} → at most {{max}}",
  },
  reviewPoints: "The reviewed value gives {{n}} points",
  saveBar: "Save the form",
  saveAll: "Save all",
  unsavedCount_one: "{{count}} criterion not saved",
  unsavedCount_other: "{{count}} criteria not saved",
  partialReview_one: "{{count}} criterion has not been reviewed ({{codes}}): it keeps its self-score.",
  partialReview_other: "{{count}} criteria have not been reviewed ({{codes}}): they keep their self-scores.",
  keepSelfConfirm: "I confirm that the criteria not reviewed keep their self-scores",
  reviewTotal: "Review total",
};
