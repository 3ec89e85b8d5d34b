import { eq, inArray, type SQL } from "drizzle-orm";
import { parseInput, validationError } from "../../contracts/parse";
import { activityInput, type TopicSummary, topicInput, topicListQuery } from "../../contracts/propaganda";
import { propagandaTopics } from "../../db/schema";
import type { Db } from "../../db/types";
import { forbidden, notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import { type Actor, visibleCouncilIds } from "../auth/actor";
import { getOrganization } from "../orgs/find-organization";
import { unitNameLookup } from "../reports/unit-names";
import { editedUnits, managesTopics, seesCouncil, writesForUnit } from "./policy";
import {
  type ActivityRow,
  activitiesOf,
  findTopic,
  insertActivity,
  insertTopic,
  type TopicRow,
  topicsWhere,
} from "./repo";

/** The council sets a propaganda topic of the year. */
export async function createTopic(args: { db: Db; actor: Actor; input: unknown }) {
  const input = parseInput(topicInput, args.input);
  if (!managesTopics(args.actor, input.councilId)) throw forbidden();
  return args.db.transaction(async (tx) => {
    const row = await insertTopic(tx, input);
    await recordAudit(tx, args.actor, {
      councilId: input.councilId,
      action: "create",
      entity: "propaganda_topic",
      entityId: row.id,
      after: input,
    });
    return row;
  });
}

/** A unit logs an activity against a topic: a conference, articles, banners, with participants. */
export async function logActivity(args: { db: Db; actor: Actor; topicId: string; input: unknown }) {
  const input = parseInput(activityInput, args.input);
  return args.db.transaction(async (tx) => {
    const topic = await findTopic(tx, args.topicId);
    if (!topic || !seesCouncil(args.actor, topic.councilId)) throw notFound("Chủ đề tuyên truyền");
    const unit = await getOrganization(tx, input.unitId);
    if (!unit || unit.councilId !== topic.councilId || unit.kind !== "unit") {
      throw validationError([{ path: "unitId", message: "Đơn vị không tồn tại" }]);
    }
    if (!writesForUnit(args.actor, topic.councilId, unit.id)) throw forbidden();
    const row = await insertActivity(tx, {
      ...input,
      councilId: topic.councilId,
      topicId: topic.id,
      createdBy: args.actor.kind === "user" ? args.actor.userId : null,
    });
    await recordAudit(tx, args.actor, {
      councilId: topic.councilId,
      action: "log",
      entity: "propaganda_activity",
      entityId: row.id,
      after: { topicId: topic.id, ...input },
    });
    return row;
  });
}

const zero = () => ({ conferences: 0, articles: 0, banners: 0, other: 0, participants: 0 });

function add(t: ReturnType<typeof zero>, a: ActivityRow) {
  if (a.kind === "conference") t.conferences += a.quantity;
  else if (a.kind === "article") t.articles += a.quantity;
  else if (a.kind === "banner") t.banners += a.quantity;
  else t.other += a.quantity;
  t.participants += a.participants;
}

async function summarise(db: Db, topics: TopicRow[], activities: ActivityRow[]): Promise<TopicSummary[]> {
  const nameOf = await unitNameLookup(
    db,
    activities.map((a) => a.unitId),
  );
  return topics.map((topic) => {
    const totals = zero();
    const byUnit = new Map<string, ReturnType<typeof zero>>();
    for (const a of activities.filter((x) => x.topicId === topic.id)) {
      add(totals, a);
      const u = byUnit.get(a.unitId) ?? zero();
      add(u, a);
      byUnit.set(a.unitId, u);
    }
    return {
      id: topic.id,
      year: topic.year,
      title: topic.title,
      description: topic.description,
      totals,
      byUnit: [...byUnit].map(([unitId, t]) => ({
        unitId,
        unitName: nameOf(unitId, topic.year) ?? "",
        ...t,
      })),
    };
  });
}

/** The topics of the actor's councils (by year), with activity totals overall and per unit. */
export async function listTopics(args: { db: Db; actor: Actor; query: unknown }) {
  const query = parseInput(topicListQuery, args.query);
  const councils = visibleCouncilIds(args.actor);
  if (councils !== null && councils.length === 0) return [];
  const where: SQL[] = [];
  if (councils !== null) where.push(inArray(propagandaTopics.councilId, councils));
  if (query.year !== undefined) where.push(eq(propagandaTopics.year, query.year));
  const topics = await topicsWhere(args.db, where);
  return summarise(
    args.db,
    topics,
    await activitiesOf(
      args.db,
      topics.map((t) => t.id),
    ),
  );
}

/** One topic with its activities, and the units the actor may log for. */
export async function getTopic(args: { db: Db; actor: Actor; topicId: string }) {
  const topic = await findTopic(args.db, args.topicId);
  if (!topic || !seesCouncil(args.actor, topic.councilId)) throw notFound("Chủ đề tuyên truyền");
  const activities = await activitiesOf(args.db, [topic.id]);
  const [summary] = await summarise(args.db, [topic], activities);
  const nameOf = await unitNameLookup(
    args.db,
    activities.map((a) => a.unitId),
  );
  const units = editedUnits(args.actor, topic.councilId);
  return {
    ...(summary as TopicSummary),
    activities: activities.map((a) => ({
      id: a.id,
      unitId: a.unitId,
      unitName: nameOf(a.unitId, topic.year) ?? "",
      kind: a.kind,
      heldOn: a.heldOn,
      title: a.title,
      quantity: a.quantity,
      participants: a.participants,
    })),
    can: { logFor: units === "all" ? [] : units, logAny: units === "all" },
  };
}
