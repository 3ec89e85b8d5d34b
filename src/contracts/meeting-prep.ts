import { z } from "zod";
import { freeText } from "./meeting-text";
import { documentRef } from "./meetings";

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
