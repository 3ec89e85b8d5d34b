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
  reviewTotal: "Review total",
};
