import type { TodoItem } from "../../contracts/todo";
import { type ClusterState, explanationOf } from "./cluster-state";
import { deadline } from "./deadline";

const CONFERENCE_NOTICE_DAYS = 30;

/**
 * What the cluster head owes: members' signatures to chase, units waiting for review, explanations
 * that have arrived, and the year-end conference once it is near or every unit has been reviewed.
 */
export function headTodo(state: ClusterState, today: string): TodoItem[] {
  const { cluster, calendar, units } = state;
  const ref = (u: { unitId: string; name: string }) => ({ id: u.unitId, name: u.name });
  const items: TodoItem[] = [];
  if (state.pactStatus === "signing") {
    const unsigned = units.filter((u) => !u.signed);
    if (unsigned.length > 0) {
      items.push({
        kind: "unsignedMembers",
        units: unsigned.map(ref),
        ...deadline(cluster, calendar.pactSignedBy, today),
      });
    }
  }
  if (state.pactStatus !== "locked") return items;
  const waiting = units.filter((u) => u.status === "submitted");
  if (waiting.length > 0) {
    items.push({ kind: "review", units: waiting.map(ref), ...deadline(cluster, calendar.reviewDue, today) });
  }
  const received = units
    .filter((u) => u.status === "explanation")
    .flatMap((u) => {
      const { sentAt } = explanationOf(u);
      return sentAt ? [{ ...ref(u), at: sentAt.toISOString() }] : [];
    });
  if (received.length > 0) {
    items.push({
      kind: "explanationsReceived",
      units: received,
      ...deadline(cluster, calendar.reviewDue, today),
    });
  }
  const notFinal = units.filter((u) => u.status !== "final" && u.status !== "published").length;
  const allPublished = units.every((u) => u.status === "published");
  const allReviewed = units.every((u) => u.status !== "draft" && u.status !== "submitted");
  const conference = deadline(cluster, calendar.conferenceOn, today);
  const near = conference.daysLeft !== null && conference.daysLeft <= CONFERENCE_NOTICE_DAYS;
  if (!allPublished && (near || allReviewed)) {
    items.push({ kind: "prepareConference", notFinal, ...conference });
  }
  return items;
}
