import { parseInput } from "../../contracts/parse";
import { emptySections } from "../../contracts/report-parts";
import { openPeriodInput, PROPAGANDA_FIELDS } from "../../contracts/reports";
import type { Db } from "../../db/types";
import { conflict, forbidden, notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { findClusterWithMembers } from "../clusters/find-cluster";
import { canSeeCluster } from "../clusters/policy";
import { managesReports } from "./policy";
import { insertPeriod, insertReports } from "./repo";
import { unitNameLookup } from "./unit-names";

const KIND_TITLE = { half: "6 tháng đầu năm", year: "năm" } as const;

/**
 * Opens a reporting period of a cluster-year (six months or the year) with its deadline and fields, and a
 * draft report for every member. The council's admins or the cluster's head.
 */
export async function openReportPeriod(args: { db: Db; actor: Actor; input: unknown }) {
  const input = parseInput(openPeriodInput, args.input);
  return args.db.transaction(async (tx) => {
    const found = await findClusterWithMembers(tx, input.clusterId);
    if (!found || !canSeeCluster(args.actor, found.cluster, found.members)) throw notFound("Cụm thi đua");
    const { cluster, members } = found;
    if (!managesReports(args.actor, cluster)) throw forbidden();
    const fields = input.fields ?? PROPAGANDA_FIELDS;
    const period = await insertPeriod(tx, {
      councilId: cluster.councilId,
      clusterId: cluster.id,
      kind: input.kind,
      year: cluster.year,
      deadline: input.deadline,
      fields,
    });
    if (!period) throw conflict(`Cụm đã mở kỳ báo cáo ${KIND_TITLE[input.kind]} ${cluster.year}.`);
    const nameOf = await unitNameLookup(
      tx,
      members.map((m) => m.unitId),
    );
    const created = await insertReports(
      tx,
      members.map((m) => ({
        councilId: cluster.councilId,
        periodId: period.id,
        clusterId: cluster.id,
        unitId: m.unitId,
        year: cluster.year,
        title: `Báo cáo kết quả công tác ${KIND_TITLE[input.kind]} ${cluster.year} — ${nameOf(m.unitId, cluster.year) ?? "đơn vị"}`,
        sections: emptySections(fields),
      })),
    );
    await recordAudit(tx, args.actor, {
      councilId: cluster.councilId,
      action: "open",
      entity: "report_period",
      entityId: period.id,
      after: {
        clusterId: cluster.id,
        kind: input.kind,
        deadline: input.deadline,
        fields,
        reports: created.length,
      },
    });
    return { period, reports: created };
  });
}
