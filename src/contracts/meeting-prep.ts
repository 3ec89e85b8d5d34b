import { z } from "zod";
import { freeText } from "./meeting-text";
import { documentRef, officerFields } from "./meetings";

// Preparing a meeting: editing and ordering its agenda, inviting the member units. Every change to the agenda
// carries the meeting's version as the editor last saw it; a stale one is a 409.

const id = z.uuid({ error: "Mã không hợp lệ" });
const version = z.number({ error: "Thiếu phiên bản" }).int("Phiên bản là số nguyên").min(1, "Phiên bản từ 1");

export const editAgendaItemInput = z.object({
  version,
  title: freeText(500),
  presenterDelegateId: id.nullable().default(null),
  plannedMinutes: z
    .number({ error: "Thời lượng phải là số phút" })
    .int("Số phút nguyên")
    .min(1, "Ít nhất 1 phút")
    .max(600, "Tối đa 600 phút"),
  documents: z.array(documentRef).max(20, "Tối đa 20 tài liệu").default([]),
});

export const removeAgendaItemInput = z.object({ version });

export const reorderAgendaInput = z.object({
  version,
  itemIds: z
    .array(id)
    .min(1, "Cần ít nhất một mục")
    .max(200, "Tối đa 200 mục")
    .refine((ids) => new Set(ids).size === ids.length, "Một mục xuất hiện hai lần"),
});

/** Member units to invite (all not yet invited when omitted). */
export const inviteUnitsInput = z.object({
  unitIds: z.array(id).max(200, "Tối đa 200 đơn vị").optional(),
});

/**
 * A new chair or secretary: a delegate already invited, a person of the register (their delegate row if
 * invited, else a new one), or a typed name and post; with the account they sign in with.
 */
const officerChange = z
  .object({ delegateId: id.nullable().default(null), ...officerFields })
  .refine((d) => d.delegateId !== null || d.personId !== null || d.fullName !== null, {
    message: "Chọn cán bộ hoặc nhập họ tên",
    path: ["fullName"],
  })
  .refine((d) => d.delegateId !== null || d.personId !== null || d.post !== null, {
    message: "Cần ghi chức vụ",
    path: ["post"],
  });

/** The meeting's details as convened, changed until it ends; chair and secretary omitted stay as they are. */
export const editMeetingInput = z.object({
  version,
  title: freeText(300),
  purpose: freeText(2000),
  startsAt: z.iso.datetime({ offset: true, error: "Thời gian phải có dạng 2020-11-24T14:00:00+07:00" }),
  place: freeText(300),
  chair: officerChange.optional(),
  secretary: officerChange.optional(),
});

export type OfficerChange = z.output<typeof officerChange>;
