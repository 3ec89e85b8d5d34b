import { type Actor, isCouncilAdmin } from "../auth/actor";
import { canSeeCluster } from "../clusters/policy";
import type { ClusterRow, MemberRow } from "../clusters/repo";
import type { DelegateRow, MeetingRow } from "./repo";

// Who may do what at a meeting. Preparing and running it is the leading agency's and the cluster head's;
// the secretary keeps the record; each delegate speaks and votes for themselves; chair and secretary sign.

export type MeetingScope = {
  meeting: MeetingRow;
  cluster: ClusterRow;
  members: readonly MemberRow[];
  delegates: readonly DelegateRow[];
};

const userId = (actor: Actor) => (actor.kind === "user" ? actor.userId : null);

/** The delegate rows this actor is (an account may stand for one delegate per meeting). */
export const ownDelegate = (actor: Actor, s: MeetingScope): DelegateRow | undefined =>
  s.delegates.find((d) => d.userId !== null && d.userId === userId(actor));

export function seesMeeting(actor: Actor, s: MeetingScope): boolean {
  return canSeeCluster(actor, s.cluster, s.members) || ownDelegate(actor, s) !== undefined;
}

/** Prepares and runs the meeting: council admins and the cluster's head. */
export function managesMeeting(actor: Actor, s: Pick<MeetingScope, "cluster">): boolean {
  if (isCouncilAdmin(actor, s.cluster.councilId)) return true;
  return (
    actor.kind === "user" &&
    actor.grants.some(
      (g) => g.role === "cluster_head" && g.councilId === s.cluster.councilId && g.clusterId === s.cluster.id,
    )
  );
}

export const isSecretary = (actor: Actor, s: MeetingScope): boolean =>
  actor.kind === "system" || ownDelegate(actor, s)?.id === s.meeting.secretaryDelegateId;

export const isChair = (actor: Actor, s: MeetingScope): boolean =>
  actor.kind === "system" || ownDelegate(actor, s)?.id === s.meeting.chairDelegateId;

/** Keeps the record (speakers, gists, paper ballots, minutes draft): managers and the secretary. */
export const keepsRecord = (actor: Actor, s: MeetingScope): boolean =>
  managesMeeting(actor, s) || isSecretary(actor, s);

/**
 * Reads the minutes before both signatures: the chair, the secretary, the council's admins and the cluster
 * head. Everyone else who sees the meeting reads the minutes once approved.
 */
export const readsDraftMinutes = (actor: Actor, s: MeetingScope): boolean =>
  managesMeeting(actor, s) || isChair(actor, s) || isSecretary(actor, s);

export type MeetingCan = {
  manage: boolean;
  keepRecord: boolean;
  approveAsChair: boolean;
  approveAsSecretary: boolean;
  delegateId: string | null;
};

/** What the UI may offer this actor, from the same rules the use cases apply. */
export function meetingCan(actor: Actor, s: MeetingScope): MeetingCan {
  return {
    manage: managesMeeting(actor, s),
    keepRecord: keepsRecord(actor, s),
    approveAsChair: isChair(actor, s),
    approveAsSecretary: isSecretary(actor, s),
    delegateId: ownDelegate(actor, s)?.id ?? null,
  };
}
