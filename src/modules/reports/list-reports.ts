import { eq, inArray, type SQL } from "drizzle-orm";
import { parseInput } from "../../contracts/parse";
import { type ReportSummary, reportListQuery } from "../../contracts/reports";
import { compareVi } from "../../core/text/collate";
import { reportPeriods, reports } from "../../db/schema";
import type { Db } from "../../db/types";
import { type Actor, visibleCouncilIds } from "../auth/actor";
import { findClusterWithMembers } from "../clusters/find-cluster";
import { canSeeReport } from "./policy";
import { summaryOf } from "./present";
import { listReportRows } from "./repo";
import { unitNameLookup } from "./unit-names";

/** The reports the actor may see, by cluster, year or period; each with its status and whether it is overdue. */
export async function listReports(args: { db: Db; actor: Actor; query: unknown }): Promise<ReportSummary[]> {
  const query = parseInput(reportListQuery, args.query);
  const councils = visibleCouncilIds(args.actor);
  if (councils !== null && councils.length === 0) return [];
  const where: SQL[] = [];
  if (councils !== null) where.push(inArray(reports.councilId, councils));
  if (query.clusterId) where.push(eq(reports.clusterId, query.clusterId));
  if (query.year !== undefined) where.push(eq(reports.year, query.year));
  if (query.periodId) where.push(eq(reportPeriods.id, query.periodId));
  const rows = await listReportRows(args.db, where);
  const clusters = new Map<string, Awaited<ReturnType<typeof findClusterWithMembers>>>();
  for (const id of new Set(rows.map((r) => r.report.clusterId))) {
    clusters.set(id, await findClusterWithMembers(args.db, id));
  }
  const visible = rows.filter(({ report }) => {
    const found = clusters.get(report.clusterId);
    return found !== undefined && canSeeReport(args.actor, found.cluster, found.members, report);
  });
  const nameOf = await unitNameLookup(
    args.db,
    visible.map((r) => r.report.unitId),
  );
  return visible
    .map(({ report, period }) => summaryOf(report, period, nameOf(report.unitId, report.year) ?? ""))
    .sort((a, b) => b.year - a.year || a.kind.localeCompare(b.kind) || compareVi(a.unitName, b.unitName));
}
