import { z } from "zod";
import { nameText, safeString } from "./text";

export const isoDate = z.iso.date({ error: "Ngày phải có dạng YYYY-MM-DD" });
const name = nameText(300);
const code = safeString()
  .trim()
  .min(1, "Không được để trống")
  .max(40, "Tối đa 40 ký tự")
  .regex(/^[A-Za-z0-9_.-]+$/, "Chỉ dùng chữ không dấu, số và . _ -");

export const createCouncilInput = z.object({
  code,
  name,
  shortName: name.nullable().default(null),
  validFrom: isoDate,
});
export const createUnitInput = z.object({
  councilId: z.uuid(),
  code,
  name,
  shortName: name.nullable().default(null),
  validFrom: isoDate,
});
export const renameOrganizationInput = z.object({
  orgId: z.uuid(),
  name,
  shortName: name.nullable().default(null),
  date: isoDate,
});
export const mergeOrganizationsInput = z.object({
  councilId: z.uuid(),
  predecessorIds: z.array(z.uuid()).min(1, "Cần ít nhất một tổ chức"),
  successor: z.object({ code, name, shortName: name.nullable().default(null) }),
  date: isoDate,
});
export const addPersonInput = z.object({ councilId: z.uuid(), fullName: name });
export const assignPositionInput = z.object({
  personId: z.uuid(),
  orgId: z.uuid(),
  title: name,
  validFrom: isoDate,
  validTo: isoDate.nullable().default(null),
});

const relation = z.enum(["renamed", "merged", "split"]);
const datedName = z.object({
  name: z.string(),
  shortName: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});

export const orgSummary = z.object({
  id: z.uuid(),
  kind: z.enum(["council", "unit"]),
  name: z.string(),
  shortName: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});
export const orgDetail = orgSummary.extend({
  names: z.array(datedName),
  predecessors: z.array(z.object({ orgId: z.uuid(), name: z.string(), relation, date: z.string() })),
  successors: z.array(z.object({ orgId: z.uuid(), name: z.string(), relation, date: z.string() })),
  positions: z.array(
    z.object({
      personId: z.uuid(),
      fullName: z.string(),
      title: z.string(),
      validFrom: z.string(),
      validTo: z.string().nullable(),
    }),
  ),
  clusters: z.array(
    z.object({
      clusterId: z.uuid(),
      year: z.number().int(),
      name: z.string(),
      role: z.enum(["head", "deputy", "member"]),
    }),
  ),
});
export const person = z.object({
  id: z.uuid(),
  fullName: z.string(),
  positions: z.array(
    z.object({
      orgId: z.uuid(),
      orgName: z.string(),
      title: z.string(),
      validFrom: z.string(),
      validTo: z.string().nullable(),
    }),
  ),
});

export type OrgSummary = z.infer<typeof orgSummary>;
export type OrgDetail = z.infer<typeof orgDetail>;
export type Person = z.infer<typeof person>;
