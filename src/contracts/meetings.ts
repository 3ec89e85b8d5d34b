import { z } from "zod";
import { meetingKinds } from "../db/schema/meetings";
import { freeText } from "./meeting-text";

export const meetingKind = z.enum(meetingKinds, { error: "Loại hội nghị không hợp lệ" });
const id = z.uuid({ error: "Mã không hợp lệ" });

/** What names a chair or a secretary: a person of the register, or a typed name and post; and their account. */
export const officerFields = {
  personId: id.nullable().default(null),
  fullName: freeText(200).nullable().default(null),
  post: freeText(500).nullable().default(null),
  /** The account they sign in with; omitted: the account of the register's person, if they have one. */
  userId: id.nullable().optional(),
};

/** The chair or the secretary named when the meeting is convened. */
const officer = z
  .object(officerFields)
  .refine((d) => d.personId !== null || d.fullName !== null, {
    message: "Chọn cán bộ hoặc nhập họ tên",
    path: ["fullName"],
  })
  .refine((d) => d.personId !== null || d.post !== null, {
    message: "Cần ghi chức vụ",
    path: ["post"],
  });

export const createMeetingInput = z.object({
  clusterId: id,
  kind: meetingKind,
  title: freeText(300),
  purpose: freeText(2000),
  startsAt: z.iso.datetime({ offset: true, error: "Thời gian phải có dạng 2020-11-24T14:00:00+07:00" }),
  place: freeText(300),
  convenerOrgId: id,
  chair: officer.optional(),
  secretary: officer.optional(),
});

export const addDelegateInput = z
  .object({
    personId: id.nullable().default(null),
    fullName: freeText(200).nullable().default(null),
    post: freeText(500).nullable().default(null),
    unitId: id.nullable().default(null),
    /** Omitted: the account of the register's person, if they have one; null: no account (paper only). */
    userId: id.nullable().optional(),
    votingRight: z.boolean().default(true),
    role: z.enum(["chair", "secretary", "delegate"]).default("delegate"),
  })
  .refine((d) => d.personId !== null || d.fullName !== null, {
    message: "Chọn cán bộ hoặc nhập họ tên",
    path: ["fullName"],
  });

/** The delegate's version as the sender last saw it; when sent, a stale one is a 409. */
const delegateVersion = z
  .number({ error: "Phiên bản là số" })
  .int("Phiên bản là số nguyên")
  .min(1, "Phiên bản từ 1")
  .optional();

export const replyInput = z.object({
  reply: z.enum(["accepted", "declined"], { error: "Trả lời không hợp lệ" }),
  version: delegateVersion,
});

export const attendanceInput = z
  .object({
    attendance: z.enum(["present", "absent", "expected"], { error: "Trạng thái có mặt không hợp lệ" }),
    absenceReason: freeText(500).nullable().default(null),
    representedBy: freeText(300).nullable().default(null),
    version: delegateVersion,
  })
  .refine((a) => a.attendance !== "absent" || a.absenceReason !== null, {
    message: "Cần ghi lý do vắng mặt",
    path: ["absenceReason"],
  });

export const documentRef = z.object({
  label: freeText(300),
  fileId: id.optional(),
  ref: freeText(300).optional(),
});
export const addAgendaItemInput = z.object({
  title: freeText(500),
  presenterDelegateId: id.nullable().default(null),
  plannedMinutes: z
    .number({ error: "Thời lượng phải là số phút" })
    .int("Số phút nguyên")
    .min(1, "Ít nhất 1 phút")
    .max(600, "Tối đa 600 phút"),
  documents: z.array(documentRef).max(20, "Tối đa 20 tài liệu").default([]),
});
export const currentItemInput = z.object({ itemId: id.nullable() });

export const requestSpeechInput = z.object({ itemId: id, delegateId: id });
export const speechActionInput = z.object({
  action: z.enum(["start", "stop", "withdraw"], { error: "Thao tác không hợp lệ" }),
});
export const gistInput = z.object({ gist: freeText(5000) });

export const threshold = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("majorityOfValid") }),
    z.object({ kind: z.literal("twoThirdsOfValid") }),
    z.object({
      kind: z.literal("percentOfEligible"),
      percent: z.number().int("Tỷ lệ là số nguyên").min(1, "Từ 1%").max(100, "Đến 100%"),
    }),
  ],
  { error: "Ngưỡng thông qua không hợp lệ" },
);
export const quorum = z.object({
  percentOfEligible: z.number().int("Tỷ lệ là số nguyên").min(1, "Từ 1%").max(100, "Đến 100%"),
});

export const createVoteInput = z
  .object({
    itemId: id.nullable().default(null),
    kind: z.enum(["motion", "election"], { error: "Loại biểu quyết không hợp lệ" }),
    secret: z.boolean({ error: "Chọn kín hoặc công khai" }),
    question: freeText(1000),
    candidates: z
      .array(z.object({ label: freeText(300), unitId: id.optional() }))
      .max(50, "Tối đa 50 ứng viên")
      .default([]),
    seats: z.number().int().min(1, "Ít nhất 1 chỗ").max(20).default(1),
    threshold,
    quorum: quorum.nullable().default(null),
  })
  .refine((v) => v.kind === "motion" || v.candidates.length >= v.seats, {
    message: "Số ứng viên phải từ số chỗ trở lên",
    path: ["candidates"],
  })
  .refine((v) => v.kind === "election" || v.candidates.length === 0, {
    message: "Biểu quyết một vấn đề không có ứng viên",
    path: ["candidates"],
  });

/** A ballot as the voter fills it: a motion's choice, or the candidates picked (none: blank). */
export const ballotChoice = z.union([
  z.object({ choice: z.enum(["yes", "no", "abstain"], { error: "Lựa chọn không hợp lệ" }) }),
  z.object({ candidateIds: z.array(z.string().max(64)).max(50) }),
]);
export const castBallotInput = z.object({ ballot: ballotChoice });

/** Paper ballots: who handed one in (they sign the list), and the ballots out of the box, in no particular order. */
export const paperBallotsInput = z
  .object({
    delegateIds: z.array(id).min(1, "Cần ít nhất một đại biểu"),
    ballots: z.array(z.union([ballotChoice, z.object({ spoiled: z.literal(true) })])),
  })
  .refine((p) => p.delegateIds.length === p.ballots.length, {
    message: "Số phiếu phải bằng số đại biểu đã bỏ phiếu",
    path: ["ballots"],
  });

export const overrideInput = z.object({
  reason: freeText(1000),
  outcome: freeText(500),
  elected: z.array(z.string().max(64)).max(20).default([]),
});

export const decisionInput = z
  .object({
    kind: z.enum(["proposeLeadingUnit", "handHeadRole", "other"], { error: "Loại quyết định không hợp lệ" }),
    voteId: id.nullable().default(null),
    unitId: id.nullable().default(null),
    text: freeText(2000),
  })
  .refine((d) => d.kind === "other" || d.unitId !== null, { message: "Chọn đơn vị", path: ["unitId"] });

export const conclusionsInput = z.object({
  text: freeText(20000),
  keyTasks: z.array(freeText(2000)).max(100, "Tối đa 100 nhiệm vụ"),
});

export const minutesEditInput = z.object({ version: z.number().int(), content: z.unknown() });
export const minutesAmendInput = minutesEditInput.extend({ reason: freeText(1000) });
export const reportEditInput = z.object({
  version: z.number().int(),
  title: freeText(300),
  dateline: freeText(200),
  paragraphs: z.array(freeText(5000)).min(1, "Cần ít nhất một đoạn"),
  byline: freeText(200),
});
export const photoCaptionInput = z.object({ caption: freeText(500) });

export type CreateMeetingInput = z.infer<typeof createMeetingInput>;
export type CreateVoteInput = z.infer<typeof createVoteInput>;
export type BallotChoice = z.infer<typeof ballotChoice>;
