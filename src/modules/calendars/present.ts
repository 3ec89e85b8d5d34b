import type { CalendarDates, ClusterCalendar } from "../../contracts/calendars";
import type { ClusterRow } from "../clusters/repo";

type ClusterYear = Pick<ClusterRow, "id" | "year">;

import { defaultCalendar } from "./defaults";
import type { CalendarRow } from "./repo";

const datesOf = (row: CalendarRow): CalendarDates => ({
  pactSignedBy: row.pactSignedBy,
  selfAssessmentDue: row.selfAssessmentDue,
  reviewDue: row.reviewDue,
  conferenceOn: row.conferenceOn,
});

/** A cluster-year's deadlines: the council's where set, otherwise the template's. */
export function effectiveCalendar(
  cluster: ClusterYear,
  row: CalendarRow | undefined,
  canEdit: boolean,
): ClusterCalendar {
  return {
    clusterId: cluster.id,
    year: cluster.year,
    ...(row ? datesOf(row) : defaultCalendar(cluster.year)),
    source: row ? "council" : "template",
    version: row?.version ?? 0,
    canEdit,
  };
}
