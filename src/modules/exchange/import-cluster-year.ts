import { createHash } from "node:crypto";
import { z } from "zod";
import type { ClusterYear } from "../../contracts/cluster-year";
import { parseInput } from "../../contracts/parse";
import type { ImportResult } from "../../contracts/rankings";
import { parseClusterYear } from "../../core/scoring";
import type { Db, Tx } from "../../db/types";
import { AppError, conflict, notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { findClusterByCodeYear, insertCluster, insertMembers, membersOf } from "../clusters/repo";
import { assertCanManageCouncil } from "../orgs/policy";
import { insertPact } from "../pacts/repo";
import { assertValidPact } from "../pacts/validate-pact";
import { recordImportedPublication } from "../publication/record-imported";
import { assessmentCount, councilById } from "./repo";
import { type ResolvedUnit, resolveUnits } from "./resolve-units";
import { writeImportedAssessments } from "./write-imported-assessments";

const councilIdSchema = z.uuid({ error: "Mã cơ quan không hợp lệ" });

/**
 * Imports a thidua.cluster-year/v1 file into a council, all or nothing, in ONE transaction: the cluster
 * (found by code and year, or created), missing units, the pact (locked when the file has results), and
 * the results as published assessments. A bad file is a 400 with every problem located by JSON path; a
 * cluster-year that already has a pact or results is a 409; in both cases nothing is written.
 */
export async function importClusterYear(args: {
  db: Db;
  actor: Actor;
  councilId: string;
  text: unknown;
}): Promise<ImportResult> {
  const councilId = parseInput(councilIdSchema, args.councilId);
  assertCanManageCouncil(args.actor, councilId);
  const raw =
    typeof args.text === "string" && args.text.startsWith("\uFEFF") ? args.text.slice(1) : args.text;
  const parsed = parseClusterYear(raw);
  if (!parsed.ok) {
    const first = parsed.issues[0];
    throw new AppError(
      "validation",
      400,
      `Tệp không hợp lệ, không nhập gì — ${first?.path || "(tệp)"}: ${first?.message}`,
      parsed.issues.map((i) => ({ path: i.path, message: i.message })),
    );
  }
  const file = parsed.file;
  const source = `thidua.cluster-year/v1 sha256:${createHash("sha256")
    .update(typeof raw === "string" ? raw : JSON.stringify(raw))
    .digest("hex")}`;
  return args.db.transaction(async (tx) => {
    if (!(await councilById(tx, councilId))) throw notFound("Cơ quan");
    const label = `Cụm "${file.cluster.code}" năm ${file.year}`;
    const existing = await findClusterByCodeYear(tx, councilId, file.cluster.code, file.year);
    if (existing && (await assessmentCount(tx, existing.id)) > 0) {
      throw conflict(`${label} đã có kết quả chấm điểm; không nhập đè. Không có gì thay đổi.`);
    }
    const { units, created, notes } = await resolveUnits(tx, args.actor, councilId, file);
    const cluster = existing
      ? await checkSameMembers(tx, existing, units, file)
      : await createClusterFor(tx, args.actor, councilId, file, units);
    if (existing && existing.name !== file.cluster.name) {
      notes.push({ path: "cluster.name", message: `Giữ tên cụm trong hệ thống ("${existing.name}")` });
    }
    assertValidPact(cluster, units, file.criteria, file.rules);
    const hasResults = Object.keys(file.scores).length > 0;
    const pact = await insertPact(tx, {
      councilId,
      clusterId: cluster.id,
      criteria: file.criteria,
      rules: file.rules,
      status: hasResults ? "locked" : "draft",
      lockedAt: hasResults ? new Date() : null,
    });
    if (!pact) throw conflict(`${label} đã có giao ước; không nhập đè. Không có gì thay đổi.`);
    await recordAudit(tx, args.actor, {
      councilId,
      action: "create",
      entity: "pact",
      entityId: pact.id,
      after: { source, status: pact.status, criteria: file.criteria, rules: file.rules },
    });
    const written = hasResults
      ? await writeImportedAssessments(tx, args.actor, {
          councilId,
          clusterId: cluster.id,
          units,
          scores: file.scores,
          source,
        })
      : { assessments: 0, inputs: 0 };
    if (hasResults) {
      await recordImportedPublication(tx, args.actor, {
        councilId,
        clusterId: cluster.id,
        pactId: pact.id,
        pactVersion: pact.version,
        file,
      });
    }
    const result: ImportResult = {
      clusterId: cluster.id,
      cluster: { code: file.cluster.code, year: file.year, created: !existing },
      createdUnits: created,
      pactId: pact.id,
      pactStatus: hasResults ? "locked" : "draft",
      criteria: countCriteria(file),
      ...written,
      notes,
    };
    await recordAudit(tx, args.actor, {
      councilId,
      action: "import",
      entity: "cluster",
      entityId: cluster.id,
      after: { source, ...result },
    });
    return result;
  });
}

async function createClusterFor(
  tx: Tx,
  actor: Actor,
  councilId: string,
  file: ClusterYear,
  units: ResolvedUnit[],
) {
  const previous = await findClusterByCodeYear(tx, councilId, file.cluster.code, file.year - 1);
  const values = {
    councilId,
    kind: "cum" as const,
    code: file.cluster.code,
    name: file.cluster.name,
    year: file.year,
    previousId: previous?.id ?? null,
  };
  const cluster = await insertCluster(tx, values);
  if (!cluster) throw conflict(`Cụm "${file.cluster.code}" năm ${file.year} vừa được tạo bởi người khác.`);
  // The file does not say who led the cluster: every unit joins as a member; the council sets the head.
  const members = units.map((u) => ({
    councilId,
    clusterId: cluster.id,
    unitId: u.unitId,
    role: "member" as const,
  }));
  await insertMembers(tx, members);
  await recordAudit(tx, actor, {
    councilId,
    action: "create",
    entity: "cluster",
    entityId: cluster.id,
    after: { ...values, members: members.map((m) => ({ unitId: m.unitId, role: m.role })), source: "import" },
  });
  return cluster;
}

/** An existing cluster-year must have exactly the file's units as members. */
async function checkSameMembers(
  tx: Tx,
  cluster: { id: string; code: string; name: string; year: number },
  units: ResolvedUnit[],
  file: ClusterYear,
) {
  const members = new Set((await membersOf(tx, [cluster.id])).map((m) => m.unitId));
  const inFile = new Set(units.map((u) => u.unitId));
  const issues = units.flatMap((u, i) =>
    members.has(u.unitId)
      ? []
      : [
          {
            path: `units[${i}].code`,
            message: `Đơn vị "${u.code}" không phải thành viên của cụm năm ${file.year}`,
          },
        ],
  );
  const missing = [...members].filter((id) => !inFile.has(id)).length;
  if (missing > 0) issues.push({ path: "units", message: `Thiếu ${missing} đơn vị thành viên của cụm` });
  if (issues.length > 0) {
    throw new AppError("validation", 400, `${issues[0]?.path}: ${issues[0]?.message}`, issues);
  }
  return cluster;
}

function countCriteria(file: ClusterYear): number {
  let n = 0;
  const walk = (list: ClusterYear["criteria"]) => {
    for (const c of list) {
      n++;
      if (c.method === undefined) walk(c.children);
    }
  };
  walk(file.criteria);
  return n;
}
