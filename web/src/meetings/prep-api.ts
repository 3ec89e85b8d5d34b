import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/client";
import { type MeetingKind, type MeetingView, meetingKeys } from "./meetings-api";

type Account = { userId?: string | null };
/** A delegate already invited (when editing), a person of the register, or a typed name and post. */
export type Officer = ({ delegateId: string } | { personId: string } | { fullName: string; post: string }) &
  Account;
export type ConveneInput = {
  clusterId: string;
  kind: MeetingKind;
  title: string;
  purpose: string;
  startsAt: string;
  place: string;
  convenerOrgId: string;
  chair?: Officer;
  secretary?: Officer;
};

export const useConvene = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ConveneInput) => api<MeetingView>("/meetings", { method: "POST", body: input }),
    onSuccess: (view) => {
      qc.setQueryData(meetingKeys.one(view.meeting.id), view);
      void qc.invalidateQueries({ queryKey: meetingKeys.list });
    },
  });
};

/** A preparation write: the answer is the fresh meeting, put straight into the cache. */
export const usePrepAction = (id: string) => {
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
    }) => api<MeetingView>(`/meetings/${encodeURIComponent(id)}${path}`, { method, body }),
    onSuccess: (view) => qc.setQueryData(meetingKeys.one(id), view),
  });
};

/** "2021-06-15" + "08:30" → an instant in Vietnam's time, as the API wants it. */
export const vnInstant = (date: string, time: string) => `${date}T${time}:00+07:00`;

/** An account of the council a chair, a secretary or a delegate may be linked to. */
export type MeetingAccount = { id: string; username: string; displayName: string; personId: string | null };

/** The council's accounts, for those who prepare this cluster's meetings (others are not asked). */
export const useMeetingAccounts = (clusterId: string, enabled: boolean) =>
  useQuery({
    queryKey: ["meeting-accounts", clusterId],
    queryFn: () => api<MeetingAccount[]>(`/clusters/${encodeURIComponent(clusterId)}/meeting-accounts`),
    enabled: enabled && clusterId !== "",
    staleTime: 60_000,
  });
