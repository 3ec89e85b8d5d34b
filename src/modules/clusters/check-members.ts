import type { DbOrTx } from "../../db/types";
import { AppError } from "../../server/errors";
import { getOrganization } from "../orgs/find-organization";

/**
 * Members must be units of the council that exist during the year (a dissolved unit joins nothing new),
 * listed once, with at most one head and one deputy.
 */
export async function checkMembers(
  tx: DbOrTx,
  councilId: string,
  year: number,
  members: readonly { unitId: string; role: "head" | "deputy" | "member" }[],
): Promise<void> {
  const issues: { path: string; message: string }[] = [];
  const seen = new Set<string>();
  for (const [i, m] of members.entries()) {
    if (seen.has(m.unitId)) issues.push({ path: `members[${i}].unitId`, message: "Đơn vị bị trùng" });
    seen.add(m.unitId);
    const org = await getOrganization(tx, m.unitId);
    if (!org || org.councilId !== councilId || org.kind !== "unit") {
      issues.push({ path: `members[${i}].unitId`, message: "Đơn vị không tồn tại" });
    } else if (org.validFrom > `${year}-12-31` || (org.validTo !== null && org.validTo < `${year}-01-01`)) {
      issues.push({ path: `members[${i}].unitId`, message: `Đơn vị không hoạt động trong năm ${year}` });
    }
  }
  for (const role of ["head", "deputy"] as const) {
    if (members.filter((m) => m.role === role).length > 1) {
      issues.push({
        path: "members",
        message: role === "head" ? "Chỉ có một cụm trưởng" : "Chỉ có một cụm phó",
      });
    }
  }
  if (issues.length > 0) {
    throw new AppError(
      "validation",
      400,
      `Thành viên cụm không hợp lệ — ${issues[0]?.path}: ${issues[0]?.message}`,
      issues,
    );
  }
}
