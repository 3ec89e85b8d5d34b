import type { viImpact } from "./vi-impact";

/** What an amendment of the locked pact would change (English). */
export const enImpact: typeof viImpact = {
  preview: "See the impact",
  title: "Impact of the amendment",
  none: "This amendment changes no unit's points or rank.",
  open: "This amendment changes the points of {{count}} unpublished assessments. It can be saved; the units will see the new points.",
  blocked:
    "This amendment changes the published results of {{count}} units, so it will not be saved until the council reopens the results.",
  stale: "The criteria table changed since this preview; press “See the impact” again.",
  failed: "The impact could not be shown",
  tableLabel: "Assessments affected",
  unit: "Unit",
  status: "Status",
  total: "Total",
  rank: "Rank",
  band: "Band",
  invalid: "Values no longer valid",
  publishedTag: "Published result",
  arrow: "{{from}} → {{to}}",
  unchanged: "Unchanged",
  refusedTitle: "Not saved: the amendment changes published results",
  howTitle: "How to go ahead",
  how: "Published results are an official record and never change by themselves. To apply this amendment, the council reopens the cluster's published results (with a reason, recorded in the audit log) on the Ranking page, then saves the amendment again and publishes anew. Or keep the criteria already scored and change only what does not affect the results.",
  openRanking: "Open the Ranking page (reopen the results)",
};
