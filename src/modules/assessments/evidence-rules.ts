import type { AssessmentStatus } from "./scores-of-cluster";

/** Evidence can be removed only from a draft: after submission it is part of what was reviewed. */
export const evidenceDeletable = (status: AssessmentStatus): boolean => status === "draft";
