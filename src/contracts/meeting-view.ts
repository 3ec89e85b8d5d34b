import { z } from "zod";

// The shapes the meeting endpoints answer with, for the OpenAPI document and the web app.

const row = z.looseObject({ id: z.string() });
export const meetingSummary = z.object({
  id: z.uuid(),
  clusterId: z.uuid(),
  clusterName: z.string(),
  kind: z.string(),
  title: z.string(),
  startsAt: z.string(),
  place: z.string(),
  status: z.enum(["planned", "running", "ended"]),
});
export const meetingView = z.object({
  meeting: z.looseObject({ id: z.uuid(), title: z.string(), startsAt: z.string(), status: z.string() }),
  units: z.array(z.looseObject({ unitId: z.string(), name: z.string() })),
  delegates: z.array(row),
  agenda: z.array(row),
  votes: z.array(row),
  decisions: z.array(row),
  conclusions: z.object({ text: z.string(), keyTasks: z.array(z.string()) }).nullable(),
  minutes: z.looseObject({ status: z.enum(["none", "draft", "approved"]), version: z.number().int() }),
  report: z.object({ version: z.number().int(), drafted: z.boolean() }),
  can: z.object({
    manage: z.boolean(),
    keepRecord: z.boolean(),
    approveAsChair: z.boolean(),
    approveAsSecretary: z.boolean(),
    delegateId: z.string().nullable(),
  }),
  lastEventId: z.number().int(),
});
export const receiptResponse = z.object({ receipt: z.string() });
