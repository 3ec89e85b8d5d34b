import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { clusters } from "./clusters";
import { councilRef, organizations } from "./orgs";

/**
 * A directive, resolution, plan… the council refers to. `symbol` is kept as typed; the parsed parts are
 * null when the symbol could not be read (`symbolReadable` false), never guessed. Plain text columns
 * (title, issuing body) so search can index them.
 */
export const referenceDocuments = pgTable(
  "reference_documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: councilRef(),
    symbol: text("symbol").notNull(),
    symbolReadable: boolean("symbol_readable").notNull(),
    canonicalSymbol: text("canonical_symbol"),
    system: text("system", { enum: ["party", "state"] }),
    number: text("number"),
    typeCode: text("type_code"),
    typeName: text("type_name"),
    issuerCode: text("issuer_code"),
    issuingBody: text("issuing_body").notNull(),
    issuedOn: date("issued_on"),
    title: text("title").notNull(),
    validFrom: date("valid_from"),
    validTo: date("valid_to"),
    replacedById: uuid("replaced_by_id"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("reference_documents_council_symbol_idx").on(t.councilId, t.canonicalSymbol)],
);

export const taskCadences = ["monthly", "quarterly", "half_yearly"] as const;
export const taskSourceKinds = ["meeting_conclusion"] as const;

/**
 * A key task (nhiệm vụ trọng tâm) of a cluster-year. Its status is computed from the clock and the
 * reports; only pausing is typed. `source` links the conclusion it came from, when there is one.
 */
export const tasks = pgTable(
  "tasks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: councilRef(),
    clusterId: uuid("cluster_id")
      .notNull()
      .references(() => clusters.id),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    sourceKind: text("source_kind", { enum: taskSourceKinds }),
    sourceId: text("source_id"),
    indicator: text("indicator"),
    indicatorUnit: text("indicator_unit"),
    weight: integer("weight").notNull().default(1),
    startDate: date("start_date").notNull(),
    deadline: date("deadline").notNull(),
    cadence: text("cadence", { enum: taskCadences }).notNull(),
    paused: boolean("paused").notNull().default(false),
    carriedToClusterId: uuid("carried_to_cluster_id"),
    carriedCriterionCode: text("carried_criterion_code"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("tasks_cluster_idx").on(t.clusterId)],
);

export const taskDocuments = pgTable(
  "task_documents",
  {
    councilId: councilRef(),
    taskId: uuid("task_id")
      .notNull()
      .references(() => tasks.id),
    documentId: uuid("document_id")
      .notNull()
      .references(() => referenceDocuments.id),
  },
  (t) => [
    primaryKey({ columns: [t.taskId, t.documentId] }),
    index("task_documents_doc_idx").on(t.documentId),
  ],
);

/** A unit assigned to a task, with its own target against the indicator where there is one. */
export const taskAssignments = pgTable(
  "task_assignments",
  {
    councilId: councilRef(),
    taskId: uuid("task_id")
      .notNull()
      .references(() => tasks.id),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => organizations.id),
    lead: boolean("lead").notNull().default(false),
    target: doublePrecision("target"),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.unitId] }), index("task_assignments_unit_idx").on(t.unitId)],
);

/** One unit's progress report on a task; evidence files hang off entity "task_report". */
export const taskReports = pgTable(
  "task_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: councilRef(),
    taskId: uuid("task_id")
      .notNull()
      .references(() => tasks.id),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => organizations.id),
    reportedOn: date("reported_on").notNull(),
    percent: integer("percent").notNull(),
    figure: doublePrecision("figure"),
    text: text("text").notNull(),
    authorId: uuid("author_id").references(() => users.id),
    authorName: text("author_name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("task_reports_task_idx").on(t.taskId, t.unitId, t.reportedOn)],
);

/** An in-app notification; `key` makes each reminder fire once per user. */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: councilRef(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    key: text("key").notNull(),
    kind: text("kind", { enum: ["deadline", "missing_report"] }).notNull(),
    taskId: uuid("task_id").references(() => tasks.id),
    title: text("title").notNull(),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
    emailedAt: timestamp("emailed_at", { withTimezone: true }),
  },
  (t) => [unique("notifications_user_key").on(t.userId, t.key), index("notifications_user_idx").on(t.userId)],
);

/** Where a user wants reminders e-mailed (no e-mail is sent without one). */
export const notificationEmails = pgTable("notification_emails", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id),
  councilId: councilRef(),
  email: text("email").notNull(),
});
