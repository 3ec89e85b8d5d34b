import type { Db, DbOrTx } from "../../db/types";
import type { Actor } from "../auth/actor";
import { namesAt } from "../orgs/list-organizations";
import { meetingDay } from "./dates";
import { lastEventId } from "./live/events";
import { loadMeeting } from "./load";
import { meetingCan } from "./policy";
import { presentVotes } from "./present-votes";
import { decisionsOf, findRecord, itemsOf, speechesOf } from "./repo";

/** Everything the meeting page, the projector and the minutes need, as this actor may see it. */
export async function getMeeting(args: { db: Db; actor: Actor; meetingId: string }) {
  return readMeeting(args.db, args.actor, args.meetingId);
}

export async function readMeeting(db: DbOrTx, actor: Actor, meetingId: string) {
  const s = await loadMeeting(db, actor, meetingId);
  const m = s.meeting;
  const day = meetingDay(m.startsAt);
  // One after another: inside a transaction all queries share one connection.
  const items = await itemsOf(db, m.id);
  const speeches = await speechesOf(db, m.id);
  const decisions = await decisionsOf(db, m.id);
  const record = await findRecord(db, m.id);
  const eventId = await lastEventId(db, m.id);
  const orgIds = [m.convenerOrgId, ...s.members.map((x) => x.unitId)];
  const names = await namesAt(db, orgIds, day);
  const can = meetingCan(actor, s);
  return {
    meeting: {
      id: m.id,
      clusterId: m.clusterId,
      clusterName: s.cluster.shortName ?? s.cluster.name,
      clusterYear: s.cluster.year,
      kind: m.kind,
      title: m.title,
      purpose: m.purpose,
      startsAt: m.startsAt.toISOString(),
      place: m.place,
      convener: {
        id: m.convenerOrgId,
        name: names.get(m.convenerOrgId)?.name ?? "",
        shortName: names.get(m.convenerOrgId)?.shortName ?? null,
      },
      status: m.status,
      /** Moves with every change to the agenda: edits send it back, a stale one is a 409. */
      version: m.version,
      currentItemId: m.currentItemId,
      chairDelegateId: m.chairDelegateId,
      secretaryDelegateId: m.secretaryDelegateId,
    },
    units: s.members.map((x) => ({
      unitId: x.unitId,
      role: x.role,
      name: names.get(x.unitId)?.name ?? "",
      shortName: names.get(x.unitId)?.shortName ?? null,
    })),
    delegates: s.delegates.map((d) => ({
      id: d.id,
      personId: d.personId,
      fullName: d.fullName,
      post: d.post,
      unitId: d.unitId,
      votingRight: d.votingRight,
      invitation: d.invitation,
      attendance: d.attendance,
      absenceReason: d.absenceReason,
      representedBy: d.representedBy,
      /** The account that acts for the delegate online (null: paper only). */
      userId: d.userId,
      /** Moves with each reply and attendance entry: they send it back, a stale one is a 409. */
      version: d.version,
    })),
    agenda: items.map((i) => ({
      id: i.id,
      position: i.position,
      title: i.title,
      presenterDelegateId: i.presenterDelegateId,
      plannedMinutes: i.plannedMinutes,
      documents: i.documents,
      speeches: speeches
        .filter((sp) => sp.itemId === i.id)
        .map((sp) => ({
          id: sp.id,
          delegateId: sp.delegateId,
          position: sp.position,
          status: sp.status,
          startedAt: sp.startedAt?.toISOString() ?? null,
          stoppedAt: sp.stoppedAt?.toISOString() ?? null,
          gist: sp.gist,
        })),
    })),
    votes: await presentVotes(db, m.id, can.delegateId),
    decisions: decisions.map((d) => ({
      id: d.id,
      kind: d.kind,
      voteId: d.voteId,
      unitId: d.unitId,
      text: d.text,
    })),
    conclusions: record.conclusions ?? null,
    minutes: {
      status: record.minutesStatus,
      version: record.minutesVersion,
      approvedByChair: record.approvedByChair !== null,
      approvedBySecretary: record.approvedBySecretary !== null,
      amendments: record.amendments,
    },
    report: { version: record.reportVersion, drafted: record.report !== null },
    can,
    lastEventId: eventId,
  };
}

export type MeetingView = Awaited<ReturnType<typeof readMeeting>>;
