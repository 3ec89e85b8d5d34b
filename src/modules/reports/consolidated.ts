import { eq } from "drizzle-orm";
import { parseInput } from "../../contracts/parse";
import { type ConsolidatedReport, saveConsolidatedInput } from "../../contracts/reports";
import { compareVi } from "../../core/text/collate";
import { reports } from "../../db/schema";
import type { Db } from "../../db/types";
import { conflict, forbidden, notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { findClusterWithMembers } from "../clusters/find-cluster";
import { canSeeCluster } from "../clusters/policy";
import { getRanking } from "../rankings/get-ranking";
import { assembleConsolidated } from "./assemble-consolidated";
import { managesReports } from "./policy";
import { findConsolidated, findPeriod, insertConsolidated, updateConsolidatedIfVersion } from "./repo";
import { sanitizeRichText } from "./sanitize";
import { unitNameLookup } from "./unit-names";

const KIND = { half: "6 tháng đầu năm", year: "năm" } as const;

async function loadPeriod(db: Db, actor: Actor, periodId: string) {
  const period = await findPeriod(db, periodId);
  const found = period ? await findClusterWithMembers(db, period.clusterId) : undefined;
  if (!period || !found || !canSeeCluster(actor, found.cluster, found.members)) throw notFound("Kỳ báo cáo");
  if (!managesReports(actor, found.cluster)) throw forbidden();
  return { period, ...found };
}

/**
 * The cluster's consolidated report for a period (the head and the council): as the head saved it, or
 * a draft assembled from the members' submitted reports and the ranking.
 */
export async function getConsolidated(args: {
  db: Db;
  actor: Actor;
  periodId: string;
}): Promise<ConsolidatedReport> {
  const { period, cluster, members } = await loadPeriod(args.db, args.actor, args.periodId);
  const all = await args.db.select().from(reports).where(eq(reports.periodId, period.id));
  const submitted = all.filter((r) => r.status === "submitted" || r.status === "accepted").length;
  const base = {
    periodId: period.id,
    title: `Báo cáo tổng hợp kết quả công tác ${KIND[period.kind]} ${period.year} của ${cluster.name}`,
    cluster: { id: cluster.id, name: cluster.name, year: cluster.year },
    kind: period.kind,
    submitted,
    members: members.length,
  };
  const saved = await findConsolidated(args.db, period.id);
  if (saved)
    return { ...base, version: saved.version, sections: saved.sections as ConsolidatedReport["sections"] };
  const nameOf = await unitNameLookup(
    args.db,
    members.map((m) => m.unitId),
  );
  const named = members
    .map((m) => ({ unitId: m.unitId, name: nameOf(m.unitId, cluster.year) ?? "" }))
    .sort((a, b) => compareVi(a.name, b.name));
  const ranking = await getRanking({
    db: args.db,
    actor: args.actor,
    clusterId: cluster.id,
    stage: "final",
  })
    .then((r) =>
      r.rows.length > 0
        ? r
        : getRanking({ db: args.db, actor: args.actor, clusterId: cluster.id, stage: "draft" }),
    )
    // A cluster without a pact or scores has no ranking yet; the report is still drafted.
    .catch(() => null);
  const sections = assembleConsolidated({
    clusterName: cluster.name,
    period,
    members: named,
    reports: all,
    ranking,
  });
  return { ...base, version: 0, sections };
}

/** The head saves the edited consolidated report (sections sanitised); a stale version is a 409. */
export async function saveConsolidated(args: { db: Db; actor: Actor; periodId: string; input: unknown }) {
  const input = parseInput(saveConsolidatedInput, args.input);
  const { period, cluster } = await loadPeriod(args.db, args.actor, args.periodId);
  const sections = input.sections.map((s) => ({ ...s, html: sanitizeRichText(s.html) }));
  const stale = () => conflict("Báo cáo tổng hợp vừa được người khác lưu. Hãy tải lại rồi sửa tiếp.");
  return args.db.transaction(async (tx) => {
    const current = await findConsolidated(tx, period.id, { lock: true });
    if ((current?.version ?? 0) !== input.version) throw stale();
    const updatedBy = args.actor.kind === "user" ? args.actor.userId : null;
    const row = current
      ? await updateConsolidatedIfVersion(tx, current.id, current.version, { sections, updatedBy })
      : await insertConsolidated(tx, {
          councilId: cluster.councilId,
          periodId: period.id,
          sections,
          updatedBy,
        });
    if (!row) throw stale();
    await recordAudit(tx, args.actor, {
      councilId: cluster.councilId,
      action: "save",
      entity: "consolidated_report",
      entityId: row.id,
      before: { version: current?.version ?? 0 },
      after: { version: row.version, sections },
    });
    return row;
  });
}
