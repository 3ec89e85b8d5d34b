import type { ReportField } from "../../contracts/reports";
import type { DbOrTx } from "../../db/types";
import { notFound } from "../../server/errors";
import type { Actor } from "../auth/actor";
import { findClusterWithMembers } from "../clusters/find-cluster";
import { canSeeReport } from "./policy";
import { findPeriod, findReport } from "./repo";

/** A report with its period and cluster, if the actor may know it exists (else 404); locked on request. */
export async function loadReport(tx: DbOrTx, actor: Actor, id: string, opts: { lock?: boolean } = {}) {
  const report = await findReport(tx, id, opts);
  if (!report) throw notFound("Báo cáo");
  const period = await findPeriod(tx, report.periodId);
  const found = await findClusterWithMembers(tx, report.clusterId);
  if (!period || !found) throw notFound("Báo cáo");
  if (!canSeeReport(actor, found.cluster, found.members, report)) throw notFound("Báo cáo");
  return {
    report,
    period,
    fields: period.fields as ReportField[],
    cluster: found.cluster,
    members: found.members,
  };
}
