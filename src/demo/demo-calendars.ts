import type { Db } from "../db/types";
import { systemActor } from "../modules/auth/actor";
import { setCalendar } from "../modules/calendars/set-calendar";

/** 2020's deadlines as the council set them: the year-end conference was held on 24 November 2020. 2021 keeps the template's. */
export async function createDemoCalendars(db: Db, cluster2020Id: string): Promise<void> {
  await setCalendar({
    db,
    actor: systemActor("demo"),
    clusterId: cluster2020Id,
    input: {
      pactSignedBy: "2020-03-31",
      selfAssessmentDue: "2020-10-31",
      reviewDue: "2020-11-15",
      conferenceOn: "2020-11-24",
      version: 0,
    },
  });
}
