import { z } from "zod";
import { nameText, safeString } from "./text";

const memberRole = z.enum(["head", "deputy", "member"]);
export const clusterKind = z.enum(["cum", "khoi"]);
const year = z.coerce
  .number({ error: "Năm phải là số" })
  .int("Năm phải là số nguyên")
  .min(1990, "Năm phải từ 1990")
  .max(2100, "Năm phải trước 2100");

export const createClusterInput = z.object({
  councilId: z.uuid(),
  kind: clusterKind,
  code: safeString().trim().min(1, "Không được để trống").max(40, "Tối đa 40 ký tự"),
  name: nameText(300),
  shortName: safeString()
    .trim()
    .min(1, "Không được để trống")
    .max(100, "Tối đa 100 ký tự")
    .nullable()
    .default(null),
  year,
  members: z.array(z.object({ unitId: z.uuid(), role: memberRole })).min(2, "Cụm cần ít nhất hai đơn vị"),
});
export const cloneClusterInput = z.object({ year });
export const listClustersQuery = z.object({ year: year.optional() });

const unitRef = z.object({ unitId: z.uuid(), name: z.string() }).nullable();
export const clusterSummary = z.object({
  id: z.uuid(),
  councilId: z.uuid(),
  councilName: z.string(),
  kind: clusterKind,
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  year: z.number().int(),
  memberCount: z.number().int(),
  head: unitRef,
  deputy: unitRef,
});
export const clusterDetail = clusterSummary.extend({
  members: z.array(
    z.object({ unitId: z.uuid(), name: z.string(), shortName: z.string().nullable(), role: memberRole }),
  ),
  /** false when next year's cluster exists already: then nextYearClusterId links to it (if visible). */
  canClone: z.boolean(),
  nextYearClusterId: z.uuid().nullable(),
});

export type ClusterSummary = z.infer<typeof clusterSummary>;
export type ClusterDetail = z.infer<typeof clusterDetail>;
