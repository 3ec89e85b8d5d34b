import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { clusters } from "./clusters";
import { councilRef, organizations, people } from "./orgs";

export const meetingKinds = ["so_ket_6_thang", "tong_ket_nam", "giao_ban", "bat_thuong"] as const;

/** A conference of a cluster (hội nghị): who convened it, where, when, who chairs and who keeps the minutes. */
export const meetings = pgTable(
  "meetings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: councilRef(),
    clusterId: uuid("cluster_id")
      .notNull()
      .references(() => clusters.id),
    kind: text("kind", { enum: meetingKinds }).notNull(),
    title: text("title").notNull(),
    purpose: text("purpose").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    place: text("place").notNull(),
    convenerOrgId: uuid("convener_org_id")
      .notNull()
      .references(() => organizations.id),
    /** Chair and secretary are delegates of the meeting (their post that day is on the delegate row). */
    chairDelegateId: uuid("chair_delegate_id"),
    secretaryDelegateId: uuid("secretary_delegate_id"),
    status: text("status", { enum: ["planned", "running", "ended"] })
      .notNull()
      .default("planned"),
    currentItemId: uuid("current_item_id"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("meetings_cluster_idx").on(t.clusterId, t.startsAt)],
);

/** An invited person: a member unit's delegate or a guest, with their post on the meeting day. */
export const meetingDelegates = pgTable(
  "meeting_delegates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: councilRef(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    personId: uuid("person_id").references(() => people.id),
    fullName: text("full_name").notNull(),
    /** Posts held on the meeting day, joined ("A, B"), as the minutes print them. */
    post: text("post").notNull(),
    unitId: uuid("unit_id").references(() => organizations.id),
    /** The account that votes and speaks for this delegate online (null: paper only). */
    userId: uuid("user_id"),
    votingRight: boolean("voting_right").notNull().default(true),
    invitation: text("invitation", { enum: ["invited", "accepted", "declined"] })
      .notNull()
      .default("invited"),
    attendance: text("attendance", { enum: ["expected", "present", "absent"] })
      .notNull()
      .default("expected"),
    absenceReason: text("absence_reason"),
    representedBy: text("represented_by"),
    position: integer("position").notNull(),
    /** Bumped by each reply and each attendance entry: a stale one is a 409, not a silent overwrite. */
    version: integer("version").notNull().default(1),
  },
  (t) => [index("meeting_delegates_meeting_idx").on(t.meetingId, t.position)],
);

export const agendaItems = pgTable(
  "agenda_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: councilRef(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    presenterDelegateId: uuid("presenter_delegate_id").references(() => meetingDelegates.id),
    plannedMinutes: integer("planned_minutes").notNull(),
    /** References to documents: an uploaded file, or a named record (the ranking, the draft report). */
    documents: jsonb("documents").$type<{ label: string; fileId?: string; ref?: string }[]>().notNull(),
  },
  (t) => [index("agenda_items_meeting_idx").on(t.meetingId, t.position)],
);

/** A request to speak on an item, then the speech itself: order, timer, and its gist for the minutes. */
export const speeches = pgTable(
  "speeches",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: councilRef(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    itemId: uuid("item_id")
      .notNull()
      .references(() => agendaItems.id),
    delegateId: uuid("delegate_id")
      .notNull()
      .references(() => meetingDelegates.id),
    position: integer("position").notNull(),
    status: text("status", { enum: ["requested", "speaking", "done", "withdrawn"] }).notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    stoppedAt: timestamp("stopped_at", { withTimezone: true }),
    gist: text("gist"),
  },
  (t) => [index("speeches_item_idx").on(t.itemId, t.position)],
);

/** A motion or an election. Its result stays null until it closes. */
export const votes = pgTable(
  "votes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: councilRef(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    itemId: uuid("item_id").references(() => agendaItems.id),
    kind: text("kind", { enum: ["motion", "election"] }).notNull(),
    secret: boolean("secret").notNull(),
    question: text("question").notNull(),
    /** Election candidates: { id, label, unitId? }; empty for a motion. */
    candidates: jsonb("candidates").$type<{ id: string; label: string; unitId?: string }[]>().notNull(),
    seats: integer("seats").notNull().default(1),
    threshold: jsonb("threshold").notNull(),
    quorum: jsonb("quorum"),
    status: text("status", { enum: ["draft", "open", "closed"] })
      .notNull()
      .default("draft"),
    result: jsonb("result"),
    override: jsonb("override"),
    openedAt: timestamp("opened_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("votes_meeting_idx").on(t.meetingId)],
);

/**
 * The voters of a vote, fixed when it opens (present delegates with a vote), and whether each has voted.
 * Never holds what anyone chose; no time of voting either.
 */
export const voteVoters = pgTable(
  "vote_voters",
  {
    councilId: councilRef(),
    voteId: uuid("vote_id")
      .notNull()
      .references(() => votes.id),
    delegateId: uuid("delegate_id")
      .notNull()
      .references(() => meetingDelegates.id),
    channel: text("channel", { enum: ["online", "paper"] }),
  },
  (t) => [primaryKey({ columns: [t.voteId, t.delegateId] })],
);

/**
 * Ballots. A secret one carries no voter, no time and no sequence: a random id and a random receipt code;
 * at close they are rewritten in random order in one transaction. A named one carries its delegate.
 */
export const ballots = pgTable(
  "ballots",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: councilRef(),
    voteId: uuid("vote_id")
      .notNull()
      .references(() => votes.id),
    receipt: text("receipt").notNull(),
    delegateId: uuid("delegate_id").references(() => meetingDelegates.id),
    content: jsonb("content").notNull(),
  },
  (t) => [unique("ballots_vote_receipt").on(t.voteId, t.receipt), index("ballots_vote_idx").on(t.voteId)],
);

/** What the meeting decided: from a vote, or recorded directly (propose the leading unit, hand the head role on). */
export const meetingDecisions = pgTable(
  "meeting_decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: councilRef(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    voteId: uuid("vote_id").references(() => votes.id),
    kind: text("kind", { enum: ["proposeLeadingUnit", "handHeadRole", "other"] }).notNull(),
    unitId: uuid("unit_id").references(() => organizations.id),
    text: text("text").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("meeting_decisions_meeting_idx").on(t.meetingId)],
);

/** One row per meeting: the agreed conclusions, the minutes, the news report; each with its own state. */
export const meetingRecords = pgTable("meeting_records", {
  meetingId: uuid("meeting_id")
    .primaryKey()
    .references(() => meetings.id),
  councilId: councilRef(),
  conclusions: jsonb("conclusions").$type<{ text: string; keyTasks: string[] }>(),
  minutes: jsonb("minutes"),
  minutesStatus: text("minutes_status", { enum: ["none", "draft", "approved"] })
    .notNull()
    .default("none"),
  minutesVersion: integer("minutes_version").notNull().default(0),
  approvedByChair: uuid("approved_by_chair"),
  approvedBySecretary: uuid("approved_by_secretary"),
  amendments: jsonb("amendments").$type<{ at: string; by: string; reason: string }[]>().notNull().default([]),
  report: jsonb("report"),
  reportVersion: integer("report_version").notNull().default(0),
});

/** The live view's events, kept so a reconnecting client catches up from Last-Event-ID. */
export const meetingEvents = pgTable(
  "meeting_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    councilId: councilRef(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    type: text("type").notNull(),
    payload: jsonb("payload").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("meeting_events_meeting_idx").on(t.meetingId, t.id)],
);
