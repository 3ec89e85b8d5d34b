import type { CalendarDates } from "../../contracts/calendars";
import { pactTemplates } from "../pacts/templates/propaganda";

/** The template's deadlines placed in a year: what a cluster-year uses until the council sets its own. */
export function defaultCalendar(year: number): CalendarDates {
  const days = pactTemplates.propaganda.calendar;
  return {
    pactSignedBy: `${year}-${days.pactSignedBy}`,
    selfAssessmentDue: `${year}-${days.selfAssessmentDue}`,
    reviewDue: `${year}-${days.reviewDue}`,
    conferenceOn: `${year}-${days.conferenceOn}`,
  };
}
