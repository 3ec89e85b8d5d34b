import { z } from "zod";
import { isoDate, taskFreeText, taskNameText } from "./task-text";

const uuid = (what: string) => z.uuid({ error: `${what} không hợp lệ` });
export const taskStatus = z.enum(["not_started", "in_progress", "done", "overdue", "paused"]);
export const cadence = z.enum(["monthly", "quarterly", "half_yearly"], {
  error: "Kỳ báo cáo phải là hằng tháng, hằng quý hoặc 6 tháng",
});

export const createTaskInput = z
  .object({
    clusterId: uuid("Mã cụm"),
    title: taskNameText(500),
    description: taskFreeText(10_000).default(""),
    /** The meeting conclusion this task comes from, when there is one. */
    source: z.object({ kind: z.literal("meeting_conclusion"), id: z.string().min(1).max(100) }).optional(),
    documentIds: z.array(uuid("Văn bản")).max(50).default([]),
    /** "all": every member of the cluster; otherwise the listed units. */
    assignTo: z.union([z.literal("all"), z.array(uuid("Đơn vị")).min(1, "Cần giao cho ít nhất một đơn vị")]),
    leadUnitId: uuid("Đơn vị chủ trì").optional(),
    indicator: taskFreeText(300).optional(),
    indicatorUnit: taskFreeText(50).optional(),
    /** unit id → target against the indicator. */
    targets: z
      .record(z.string(), z.number({ error: "Chỉ tiêu phải là một số" }).min(0, "Chỉ tiêu không được âm"))
      .default({}),
    weight: z
      .int({ error: "Trọng số phải là số nguyên" })
      .min(1, "Trọng số từ 1 đến 100")
      .max(100, "Trọng số từ 1 đến 100")
      .default(1),
    startDate: isoDate("Ngày bắt đầu"),
    deadline: isoDate("Hạn hoàn thành"),
    cadence,
  })
  .refine((v) => v.deadline >= v.startDate, {
    message: "Hạn hoàn thành không được trước ngày bắt đầu",
    path: ["deadline"],
  });
export type CreateTaskInput = z.input<typeof createTaskInput>;

export const setPausedInput = z.object({
  version: z.int().min(1),
  paused: z.boolean({ error: "Cần chọn tạm dừng hay tiếp tục" }),
});

export const reportProgressInput = z.object({
  unitId: uuid("Đơn vị"),
  reportedOn: isoDate("Ngày báo cáo").optional(),
  percent: z
    .int({ error: "Tỷ lệ hoàn thành phải là số nguyên từ 0 đến 100" })
    .min(0, "Tỷ lệ hoàn thành phải từ 0 đến 100")
    .max(100, "Tỷ lệ hoàn thành phải từ 0 đến 100"),
  figure: z.number({ error: "Kết quả phải là một số" }).min(0, "Kết quả không được âm").nullable().optional(),
  text: taskNameText(10_000),
});
export type ReportProgressInput = z.input<typeof reportProgressInput>;

export const listTasksQuery = z.object({
  clusterId: uuid("Mã cụm").optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const carryToPactInput = z.object({
  clusterId: uuid("Mã cụm"),
  items: z
    .array(
      z.object({
        taskId: uuid("Nhiệm vụ"),
        max: z
          .number({ error: "Điểm tối đa phải là một số" })
          .gt(0, "Điểm tối đa phải lớn hơn 0")
          .max(100, "Điểm tối đa tối đa 100"),
      }),
    )
    .min(1, "Cần chọn ít nhất một nhiệm vụ"),
});

const unitRef = z.object({ id: z.uuid(), code: z.string(), name: z.string() });
const docRef = z.object({
  id: z.uuid(),
  symbol: z.string(),
  title: z.string(),
  typeName: z.string().nullable(),
});

export const assignmentView = z.object({
  unit: unitRef,
  lead: z.boolean(),
  target: z.number().nullable(),
  percent: z.number().nullable(),
  figure: z.number().nullable(),
  lastReportedOn: z.string().nullable(),
  status: taskStatus,
});

export const taskSummary = z.object({
  id: z.uuid(),
  clusterId: z.uuid(),
  year: z.int(),
  title: z.string(),
  weight: z.int(),
  startDate: z.string(),
  deadline: z.string(),
  cadence,
  status: taskStatus,
  progress: z.number(),
  overdueUnits: z.int(),
  assignedUnits: z.int(),
  carriedCriterionCode: z.string().nullable(),
});
export type TaskSummary = z.infer<typeof taskSummary>;

export const taskListView = z.object({
  tasks: z.array(taskSummary),
  /** Per cluster: progress weighted by each task's weight. */
  clusters: z.array(
    z.object({
      clusterId: z.uuid(),
      name: z.string(),
      year: z.int(),
      progress: z.number(),
      canManage: z.boolean(),
      /** Next year's pact as far as the actor may know: where "carry to pact" would go, and whether they may. */
      nextPact: z.object({
        year: z.int(),
        clusterId: z.uuid().nullable(),
        pactStatus: z.enum(["none", "draft", "signing", "locked"]).nullable(),
        canCarry: z.boolean(),
        /** The pact's scale (points), the draft's maximum base points now, and what is left under the scale. */
        limit: z.number(),
        total: z.number().nullable(),
        room: z.number().nullable(),
      }),
    }),
  ),
});

export const reportView = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  reportedOn: z.string(),
  percent: z.int(),
  figure: z.number().nullable(),
  text: z.string(),
  authorName: z.string(),
  createdAt: z.string(),
  evidence: z.array(z.object({ id: z.uuid(), name: z.string(), size: z.number(), mime: z.string() })),
});

export const taskView = taskSummary.extend({
  councilId: z.uuid(),
  description: z.string(),
  source: z.object({ kind: z.string(), id: z.string() }).nullable(),
  indicator: z.string().nullable(),
  indicatorUnit: z.string().nullable(),
  paused: z.boolean(),
  version: z.int(),
  today: z.string(),
  documents: z.array(docRef),
  /** Mentions of documents in the title and description, with the registry entry when there is one. */
  mentions: z.array(
    z.object({
      start: z.number(),
      end: z.number(),
      field: z.enum(["title", "description"]),
      symbol: z.string(),
      documentId: z.uuid().nullable(),
    }),
  ),
  assignments: z.array(assignmentView),
  reports: z.array(reportView),
  can: z.object({ manage: z.boolean(), reportFor: z.array(z.uuid()) }),
});
export type TaskView = z.infer<typeof taskView>;
