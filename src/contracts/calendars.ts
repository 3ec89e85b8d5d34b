import { z } from "zod";

// A cluster-year's deadlines: pact signed by, self-assessment due, review due, year-end conference.

const isoDate = (what: string) =>
  z
    .string({ error: `Bắt buộc: ${what} (ngày dạng YYYY-MM-DD)` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${what}: phải là ngày dạng YYYY-MM-DD, ví dụ 2021-10-31`)
    .refine(realDate, `${what}: ngày không tồn tại`);

function realDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const calendarDates = z.object({
  pactSignedBy: isoDate("Hạn ký giao ước"),
  selfAssessmentDue: isoDate("Hạn nộp bản tự chấm"),
  reviewDue: isoDate("Hạn thẩm định"),
  conferenceOn: isoDate("Ngày hội nghị tổng kết"),
});
export type CalendarDates = z.infer<typeof calendarDates>;

const order: [keyof CalendarDates, keyof CalendarDates, string][] = [
  ["pactSignedBy", "selfAssessmentDue", "Hạn nộp bản tự chấm phải sau hạn ký giao ước"],
  ["selfAssessmentDue", "reviewDue", "Hạn thẩm định phải sau hạn nộp bản tự chấm"],
  ["reviewDue", "conferenceOn", "Ngày hội nghị tổng kết phải sau hạn thẩm định"],
];

export const setCalendarBody = calendarDates
  .extend({
    version: z
      .int({ error: "Phải là số phiên bản (số nguyên ≥ 0; 0 khi lịch chưa được đặt)" })
      .min(0, "Phải là số phiên bản (số nguyên ≥ 0; 0 khi lịch chưa được đặt)"),
  })
  .superRefine((v, ctx) => {
    for (const [before, after, message] of order) {
      if (!realDate(v[before]) || !realDate(v[after])) continue;
      if (v[after] < v[before]) ctx.addIssue({ code: "custom", path: [after], message });
    }
  });

export const clusterCalendar = calendarDates.extend({
  clusterId: z.uuid(),
  year: z.number().int(),
  /** "template" until the council sets the dates for this cluster-year. */
  source: z.enum(["template", "council"]),
  version: z.number().int(),
  canEdit: z.boolean(),
});
export type ClusterCalendar = z.infer<typeof clusterCalendar>;
