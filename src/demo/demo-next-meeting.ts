import type { Db } from "../db/types";
import { type Actor, systemActor } from "../modules/auth/actor";
import { addDelegate } from "../modules/meetings/add-delegate";
import { addAgendaItem } from "../modules/meetings/agenda";
import { createMeeting } from "../modules/meetings/create-meeting";
import { recordAttendance, replyToInvitation } from "../modules/meetings/record-attendance";
import { listPeople } from "../modules/people/list-people";
import * as seed from "./seed-data";

type Ids = {
  clusterId: string;
  councilOrgId: string;
  unitIds: Map<string, string>;
  accountIds: Map<string, string>;
  admin: Actor;
  secretary: Actor;
};

/**
 * A meeting still to be held (illustrative, not in the seed): the six units' delegates with their accounts,
 * present, and one item, so a live vote can be run in the demo — the seed's own meeting has ended.
 */
export async function createDemoNextMeeting(db: Db, ids: Ids): Promise<string> {
  const meetingId = (
    await createMeeting({
      db,
      actor: ids.admin,
      input: {
        clusterId: ids.clusterId,
        convenerOrgId: ids.councilOrgId,
        kind: "bat_thuong",
        title: "Hội nghị bất thường Cụm thi đua Ban Tuyên giáo các thị ủy, thành ủy",
        purpose: "Thống nhất dự thảo kết luận và phân công đơn vị cụm trưởng năm 2021",
        startsAt: "2020-12-15T08:30:00+07:00",
        place: "TP Hạ Long",
      },
    })
  ).id;
  const on = { db, actor: ids.admin, meetingId };
  const people = await listPeople({ db, actor: systemActor("demo"), at: "2020-12-15" });
  const chairId = people.find((p) => p.fullName === "Trương Công Ngàn")?.id ?? null;
  const everyone = [
    (await addDelegate({ ...on, input: { personId: chairId, role: "chair", votingRight: false } })).id,
    (
      await addDelegate({
        ...on,
        input: {
          fullName: "Chuyên viên Ban Tuyên giáo Tỉnh ủy",
          post: "Thư ký hội nghị",
          userId: ids.secretary.kind === "user" ? ids.secretary.userId : null,
          role: "secretary",
          votingRight: false,
        },
      })
    ).id,
  ];
  for (const u of seed.units) {
    const input = {
      fullName: `Đại diện Ban Tuyên giáo ${u.committee} ${u.place}`,
      post: `Ban Tuyên giáo ${u.committee} ${u.place}`,
      unitId: ids.unitIds.get(u.code) ?? null,
      userId: ids.accountIds.get(u.code) ?? null,
    };
    everyone.push((await addDelegate({ ...on, input })).id);
  }
  for (const delegateId of everyone) {
    await replyToInvitation({ ...on, delegateId, input: { reply: "accepted" } });
    await recordAttendance({ ...on, delegateId, input: { attendance: "present" } });
  }
  await addAgendaItem({ ...on, input: { title: "Thống nhất dự thảo kết luận", plannedMinutes: 30 } });
  return meetingId;
}
