import { eq, inArray, type SQL } from "drizzle-orm";
import { parseInput, validationError } from "../../contracts/parse";
import { opinionListQuery, opinionReportInput } from "../../contracts/propaganda";
import { opinionReports } from "../../db/schema";
import type { Db } from "../../db/types";
import { forbidden, notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import { type Actor, visibleCouncilIds } from "../auth/actor";
import { getOrganization } from "../orgs/find-organization";
import { unitNameLookup } from "../reports/unit-names";
import { seesCouncil, seesOpinionReport, writesForUnit } from "./policy";
import { findOpinion, insertOpinion, type OpinionRow, opinionsWhere, topicsByIds } from "./repo";

type Item = { topicId: string; tone: "positive" | "mixed" | "concerned" | "negative"; summary: string };
const TONE_VI = {
  positive: "tích cực",
  mixed: "trái chiều",
  concerned: "băn khoăn",
  negative: "tiêu cực",
} as const;
const vnDate = (iso: string) => iso.split("-").reverse().join("/");

/** A unit sends its periodic public-opinion report: per topic a tone and a summary, notable opinions, recommendations. */
export async function createOpinionReport(args: { db: Db; actor: Actor; input: unknown }) {
  const input = parseInput(opinionReportInput, args.input);
  return args.db.transaction(async (tx) => {
    const unit = await getOrganization(tx, input.unitId);
    if (unit?.kind !== "unit" || !seesCouncil(args.actor, unit.councilId)) {
      throw validationError([{ path: "unitId", message: "Đơn vị không tồn tại" }]);
    }
    if (!writesForUnit(args.actor, unit.councilId, unit.id)) throw forbidden();
    const topics = await topicsByIds(tx, [...new Set(input.items.map((i) => i.topicId))]);
    const titleOf = new Map(topics.filter((t) => t.councilId === unit.councilId).map((t) => [t.id, t.title]));
    const missing = input.items.findIndex((i) => !titleOf.has(i.topicId));
    if (missing >= 0)
      throw validationError([{ path: `items[${missing}].topicId`, message: "Chủ đề không tồn tại" }]);
    const nameOf = await unitNameLookup(tx, [unit.id]);
    const year = Number(input.periodEnd.slice(0, 4));
    const title = `Báo cáo dư luận xã hội từ ${vnDate(input.periodStart)} đến ${vnDate(input.periodEnd)} — ${nameOf(unit.id, year) ?? ""}`;
    const searchText = [
      ...input.items.map((i) => `${titleOf.get(i.topicId)} (${TONE_VI[i.tone]}): ${i.summary}`),
      input.notable,
      input.recommendations,
    ]
      .filter(Boolean)
      .join("\n");
    const row = await insertOpinion(tx, {
      ...input,
      councilId: unit.councilId,
      year,
      title,
      searchText,
      createdBy: args.actor.kind === "user" ? args.actor.userId : null,
    });
    await recordAudit(tx, args.actor, {
      councilId: unit.councilId,
      action: "create",
      entity: "opinion_report",
      entityId: row.id,
      after: input,
    });
    return row;
  });
}

async function present(db: Db, rows: OpinionRow[]) {
  const topicIds = [...new Set(rows.flatMap((r) => (r.items as Item[]).map((i) => i.topicId)))];
  const topics = new Map((await topicsByIds(db, topicIds)).map((t) => [t.id, t.title]));
  const nameOf = await unitNameLookup(
    db,
    rows.map((r) => r.unitId),
  );
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unitId,
    unitName: nameOf(r.unitId, r.year) ?? "",
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    title: r.title,
    items: (r.items as Item[]).map((i) => ({ ...i, topicTitle: topics.get(i.topicId) ?? "" })),
    notable: r.notable,
    recommendations: r.recommendations,
  }));
}

/** The reports the actor may see, and per topic and month how many had each tone (the council's chart). */
export async function listOpinionReports(args: { db: Db; actor: Actor; query: unknown }) {
  const query = parseInput(opinionListQuery, args.query);
  const councils = visibleCouncilIds(args.actor);
  if (councils !== null && councils.length === 0) return { reports: [], trend: [] };
  const where: SQL[] = [];
  if (councils !== null) where.push(inArray(opinionReports.councilId, councils));
  if (query.year !== undefined) where.push(eq(opinionReports.year, query.year));
  const rows = (await opinionsWhere(args.db, where)).filter((r) => seesOpinionReport(args.actor, r));
  const reports = (await present(args.db, rows)).filter(
    (r) => !query.topicId || r.items.some((i) => i.topicId === query.topicId),
  );
  const trend = new Map<string, { topicTitle: string; months: Map<string, Record<Item["tone"], number>> }>();
  for (const r of reports) {
    const month = r.periodEnd.slice(0, 7);
    for (const i of r.items) {
      if (query.topicId && i.topicId !== query.topicId) continue;
      const t = trend.get(i.topicId) ?? { topicTitle: i.topicTitle, months: new Map() };
      const m = t.months.get(month) ?? { positive: 0, mixed: 0, concerned: 0, negative: 0 };
      m[i.tone] += 1;
      t.months.set(month, m);
      trend.set(i.topicId, t);
    }
  }
  return {
    reports: reports.map(({ notable: _n, recommendations: _r, ...rest }) => rest),
    trend: [...trend].map(([topicId, t]) => ({
      topicId,
      topicTitle: t.topicTitle,
      months: [...t.months].sort(([a], [b]) => a.localeCompare(b)).map(([month, m]) => ({ month, ...m })),
    })),
  };
}

export async function getOpinionReport(args: { db: Db; actor: Actor; id: string }) {
  const row = await findOpinion(args.db, args.id);
  if (!row || !seesOpinionReport(args.actor, row)) throw notFound("Báo cáo dư luận xã hội");
  const [view] = await present(args.db, [row]);
  if (!view) throw notFound("Báo cáo dư luận xã hội");
  return view;
}
