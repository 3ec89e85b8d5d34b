import type { ClusterYear } from "../../contracts/cluster-year";
import { validationError } from "../../contracts/parse";
import { endOfYear } from "../../core/orgs/dated";
import type { Tx } from "../../db/types";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { namesAt } from "../orgs/list-organizations";
import { insertOrganization } from "../orgs/repo";
import { organizationsWithCodes } from "./repo";

export type ResolvedUnit = { unitId: string; code: string; name: string };
type Note = { path: string; message: string };

/**
 * The council's units for the file's unit codes. A code the council does not know becomes a new unit,
 * valid from 1 January of the year, named as in the file (and reported as created). A unit that exists
 * but was not active that year is an error at `units[i].code`; a different name in the file is a note,
 * and the council's record is kept (history is never rewritten by an import).
 */
export async function resolveUnits(
  tx: Tx,
  actor: Actor,
  councilId: string,
  file: ClusterYear,
): Promise<{ units: ResolvedUnit[]; created: { code: string; name: string }[]; notes: Note[] }> {
  const { year } = file;
  const orgs = await organizationsWithCodes(
    tx,
    councilId,
    file.units.map((u) => u.code),
  );
  const names = await namesAt(
    tx,
    orgs.map((o) => o.id),
    endOfYear(year),
  );
  const issues: Note[] = [];
  const notes: Note[] = [];
  const units: ResolvedUnit[] = [];
  const created: { code: string; name: string }[] = [];
  for (const [i, u] of file.units.entries()) {
    const path = `units[${i}].code`;
    const same = orgs.filter((o) => o.code === u.code);
    if (same.some((o) => o.kind === "council")) {
      issues.push({ path, message: `"${u.code}" là mã của cơ quan chủ trì, không phải của một đơn vị` });
      continue;
    }
    const active = same
      .filter((o) => o.validFrom <= endOfYear(year) && (o.validTo === null || o.validTo >= `${year}-01-01`))
      .sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    const org = active.at(-1);
    if (org) {
      const name = names.get(org.id)?.name ?? u.code;
      if (name !== u.name) {
        notes.push({
          path: `units[${i}].name`,
          message: `Tên trong tệp ("${u.name}") khác tên đơn vị năm ${year} ("${name}"); giữ tên trong hệ thống`,
        });
      }
      units.push({ unitId: org.id, code: u.code, name });
      continue;
    }
    if (same.length > 0) {
      issues.push({ path, message: `Đơn vị "${u.code}" không hoạt động trong năm ${year}` });
      continue;
    }
    const fresh = await insertOrganization(
      tx,
      { councilId, kind: "unit", code: u.code, validFrom: `${year}-01-01` },
      { name: u.name, shortName: null },
    );
    await recordAudit(tx, actor, {
      councilId,
      action: "create",
      entity: "organization",
      entityId: fresh.id,
      after: { code: u.code, name: u.name, validFrom: fresh.validFrom, source: "import" },
    });
    created.push({ code: u.code, name: u.name });
    units.push({ unitId: fresh.id, code: u.code, name: u.name });
  }
  if (issues.length > 0) throw validationError(issues);
  return { units, created, notes };
}
