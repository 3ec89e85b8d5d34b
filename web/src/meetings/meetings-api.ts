import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { api, buildUrl } from "../api/client";

// The meeting as the server presents it (src/modules/meetings/get-meeting.ts), the parts the pages use.

export type MeetingStatus = "planned" | "running" | "ended";
export type MeetingKind = "so_ket_6_thang" | "tong_ket_nam" | "giao_ban" | "bat_thuong";
export type MeetingSummary = {
  id: string;
  clusterName: string;
  kind: MeetingKind;
  title: string;
  startsAt: string;
  place: string;
  status: MeetingStatus;
};
export type Delegate = {
  id: string;
  fullName: string;
  post: string;
  personId: string | null;
  unitId: string | null;
  votingRight: boolean;
  invitation: "invited" | "accepted" | "declined";
  attendance: "expected" | "present" | "absent";
  absenceReason: string | null;
  representedBy: string | null;
  /** The account that acts for the delegate online (null: paper only). */
  userId: string | null;
  /** Sent back with a reply or an attendance entry: a stale one is a 409. */
  version: number;
};
export type Speech = {
  id: string;
  delegateId: string;
  position: number;
  status: "requested" | "speaking" | "done" | "withdrawn";
  startedAt: string | null;
  gist: string | null;
};
export type AgendaItem = {
  id: string;
  position: number;
  title: string;
  presenterDelegateId: string | null;
  plannedMinutes: number;
  documents: { label: string; fileId?: string; ref?: string }[];
  speeches: Speech[];
};
export type Tally = {
  eligible: number;
  cast: number;
  valid: number;
  blank: number;
  invalid: number;
  outcome: string;
  yes?: number;
  no?: number;
  abstain?: number;
  candidates?: { candidateId: string; votes: number }[];
  elected?: string[];
};
export type Vote = {
  id: string;
  kind: "motion" | "election";
  secret: boolean;
  question: string;
  candidates: { id: string; label: string }[];
  seats: number;
  status: "draft" | "open" | "closed";
  turnout: { eligible: number; cast: number };
  me: { eligible: boolean; voted: boolean };
  result: Tally | null;
  ballots: { receipt: string; content: unknown }[] | null;
};
export type MeetingView = {
  meeting: {
    id: string;
    clusterId: string;
    clusterName: string;
    clusterYear: number;
    kind: MeetingKind;
    title: string;
    purpose: string;
    startsAt: string;
    place: string;
    convener: { name: string };
    status: MeetingStatus;
    /** Moves with every agenda change; agenda edits send it back (stale → 409). */
    version: number;
    currentItemId: string | null;
    chairDelegateId: string | null;
    secretaryDelegateId: string | null;
  };
  units: { unitId: string; role: string; name: string; shortName: string | null }[];
  delegates: Delegate[];
  agenda: AgendaItem[];
  votes: Vote[];
  decisions: { id: string; text: string }[];
  conclusions: { text: string; keyTasks: string[] } | null;
  minutes: {
    status: "none" | "draft" | "approved";
    version: number;
    approvedByChair: boolean;
    approvedBySecretary: boolean;
  };
  report: { version: number; drafted: boolean };
  can: {
    manage: boolean;
    keepRecord: boolean;
    approveAsChair: boolean;
    approveAsSecretary: boolean;
    delegateId: string | null;
  };
  lastEventId: number;
};

const base = (id: string) => `/meetings/${encodeURIComponent(id)}`;
export const meetingKeys = { list: ["meetings"] as const, one: (id: string) => ["meetings", id] as const };

export const useMeetings = () =>
  useQuery({ queryKey: meetingKeys.list, queryFn: () => api<MeetingSummary[]>("/meetings") });
export const useMeeting = (id: string) =>
  useQuery({ queryKey: meetingKeys.one(id), queryFn: () => api<MeetingView>(base(id)) });

/** A write under the meeting (path after /meetings/{id}); the fresh view replaces the cached one. */
export const useMeetingAction = (id: string) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      path,
      method = "POST",
      body,
    }: {
      path: string;
      method?: "POST" | "PUT" | "DELETE";
      body?: unknown;
    }) => api<unknown>(`${base(id)}${path}`, { method, body }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: meetingKeys.one(id) }),
  });
};

export const minutesHref = (id: string, ext: "md" | "html" | "docx" | "pdf") =>
  buildUrl(`${base(id)}/minutes.${ext}`);
export const reportHref = (id: string, ext: "md" | "html") => buildUrl(`${base(id)}/report.${ext}`);

/**
 * Follows the meeting's live events (SSE): each event refreshes the meeting; EventSource reconnects by itself
 * and sends Last-Event-ID, so nothing is missed. Returns whether the stream is connected.
 */
export const useMeetingLive = (id: string): boolean => {
  const qc = useQueryClient();
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    const source = new EventSource(buildUrl(`${base(id)}/events`));
    source.addEventListener("ready", () => setConnected(true));
    source.onmessage = () => void qc.invalidateQueries({ queryKey: meetingKeys.one(id) });
    source.onerror = () => setConnected(false);
    return () => source.close();
  }, [id, qc]);
  return connected;
};
