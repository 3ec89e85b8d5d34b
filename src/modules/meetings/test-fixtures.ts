import type { Db } from "../../db/types";
import { grant, makeCluster, makeCouncil, makeUnits, makeUser, system } from "../../test-support/factories";
import type { Actor } from "../auth/actor";
import { cloneCluster } from "../clusters/clone-cluster";
import { addPerson } from "../people/add-person";
import { assignPosition } from "../people/assign-position";
import { addDelegate } from "./add-delegate";
import { createMeeting } from "./create-meeting";
import { recordAttendance } from "./record-attendance";

const userIdOf = (actor: Actor): string | null => (actor.kind === "user" ? actor.userId : null);

export const UNIT_NAMES = ["Hạ Long", "Uông Bí", "Quảng Yên", "Đông Triều", "Cẩm Phả", "Móng Cái"].map(
  (p) => `Ban Tuyên giáo Thành ủy ${p}`,
);

/**
 * A council with a six-unit cluster for 2020 (and its 2021 successor), a meeting on 24/11/2020, a chair and a
 * secretary, and one voting delegate per unit with their own account; delegates are not yet marked present.
 */
export async function setUpMeeting(db: Db) {
  const { councilId, orgId: councilOrgId } = await makeCouncil(db);
  const units = await makeUnits(db, councilId, UNIT_NAMES);
  const cluster = await makeCluster(
    db,
    councilId,
    units.map((u) => u.id),
  );
  const next = await cloneCluster({ db, actor: system, clusterId: cluster.id, input: { year: 2021 } });
  const admin = await makeUser(db, [grant("council_admin", councilId)]);
  const head = await makeUser(db, [
    grant("cluster_head", councilId, { clusterId: cluster.id, unitId: units[0]!.id }),
  ]);
  const chairUser = await makeUser(db, [grant("observer", councilId)]);
  const secretaryUser = await makeUser(db, [grant("unit_viewer", councilId, { unitId: units[0]!.id })]);
  const voters: Actor[] = [];
  for (const unit of units)
    voters.push((await makeUser(db, [grant("unit_editor", councilId, { unitId: unit.id })])).actor);
  const outsider = await makeUser(db, [
    grant("unit_editor", councilId, {
      unitId: (await makeUnits(db, councilId, ["Ban Tuyên giáo Huyện ủy Ba Chẽ"]))[0]!.id,
    }),
  ]);
  const foreign = await makeCouncil(db, "Cơ quan khác");
  const foreignAdmin = await makeUser(db, [grant("council_admin", foreign.councilId)]);

  const meeting = await createMeeting({
    db,
    actor: admin.actor,
    input: {
      clusterId: cluster.id,
      kind: "giao_ban",
      title: "Hội nghị giao ban Cụm thi đua năm 2020",
      purpose: "Đánh giá kết quả năm 2020, triển khai nhiệm vụ năm 2021",
      startsAt: "2020-11-24T14:00:00+07:00",
      place: "TP Hạ Long",
      convenerOrgId: councilOrgId,
    },
  });
  const person = await addPerson({ db, actor: system, input: { councilId, fullName: "Trương Công Ngàn" } });
  await assignPosition({
    db,
    actor: system,
    input: {
      personId: person.id,
      orgId: councilOrgId,
      title: "Phó trưởng Ban Thường trực",
      validFrom: "2020-01-01",
    },
  });
  const chair = await addDelegate({
    db,
    actor: admin.actor,
    meetingId: meeting.id,
    input: { personId: person.id, userId: userIdOf(chairUser.actor), role: "chair", votingRight: false },
  });
  const secretary = await addDelegate({
    db,
    actor: admin.actor,
    meetingId: meeting.id,
    input: {
      fullName: "Nguyễn Thư Ký",
      post: "Chuyên viên",
      userId: userIdOf(secretaryUser.actor),
      role: "secretary",
      votingRight: false,
    },
  });
  const delegates = [];
  for (const [i, unit] of units.entries()) {
    delegates.push(
      await addDelegate({
        db,
        actor: admin.actor,
        meetingId: meeting.id,
        input: {
          fullName: `Đại biểu ${i + 1}`,
          post: `Trưởng ban (${UNIT_NAMES[i]})`,
          unitId: unit.id,
          userId: userIdOf(voters[i]!),
        },
      }),
    );
  }
  return {
    councilId,
    councilOrgId,
    units,
    cluster,
    next,
    admin,
    head,
    chairUser,
    secretaryUser,
    voters,
    outsider,
    foreignAdmin,
    meeting,
    chair,
    secretary,
    delegates,
  };
}

/** Marks delegates present (by index), the others absent with a reason. */
export async function markPresent(db: Db, s: Awaited<ReturnType<typeof setUpMeeting>>, present: number[]) {
  for (const [i, d] of s.delegates.entries()) {
    const input = present.includes(i)
      ? { attendance: "present" }
      : { attendance: "absent", absenceReason: "Đi công tác" };
    await recordAttendance({ db, actor: s.admin.actor, meetingId: s.meeting.id, delegateId: d.id, input });
  }
}
