import {
  bigint,
  customType,
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
import { users } from "./accounts";
import { clusters } from "./clusters";
import { councilRef, organizations } from "./orgs";

/** PostgreSQL bytea; PGlite gives a Uint8Array and pg a Buffer, both Uint8Arrays. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

/**
 * The pact (giao ước) of a cluster-year. The criteria table and rules are stored as the
 * thidua.cluster-year/v1 shapes (jsonb), so the engine, import and export share one format.
 * `version` guards concurrent edits; once every member has signed, status is "locked".
 */
export const pacts = pgTable("pacts", {
  id: uuid("id").primaryKey().defaultRandom(),
  councilId: councilRef(),
  clusterId: uuid("cluster_id")
    .notNull()
    .unique()
    .references(() => clusters.id),
  status: text("status", { enum: ["draft", "signing", "locked"] })
    .notNull()
    .default("draft"),
  criteria: jsonb("criteria").notNull(),
  rules: jsonb("rules").notNull(),
  version: integer("version").notNull().default(1),
  scanFileId: uuid("scan_file_id"),
  lockedAt: timestamp("locked_at", { withTimezone: true }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const pactSignatures = pgTable(
  "pact_signatures",
  {
    councilId: councilRef(),
    pactId: uuid("pact_id")
      .notNull()
      .references(() => pacts.id),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => organizations.id),
    signedBy: uuid("signed_by")
      .notNull()
      .references(() => users.id),
    signerName: text("signer_name").notNull(),
    signedAt: timestamp("signed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.pactId, t.unitId] })],
);

/** A change to a locked pact: always with a reason, visible to every member. */
export const pactAmendments = pgTable("pact_amendments", {
  id: uuid("id").primaryKey().defaultRandom(),
  councilId: councilRef(),
  pactId: uuid("pact_id")
    .notNull()
    .references(() => pacts.id),
  reason: text("reason").notNull(),
  before: jsonb("before").notNull(),
  after: jsonb("after").notNull(),
  actorId: uuid("actor_id").references(() => users.id),
  at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
});

/** Content-addressed file bytes: stored once per SHA-256, whoever uploads them. */
export const blobs = pgTable("blobs", {
  sha256: text("sha256").primaryKey(),
  size: bigint("size", { mode: "number" }).notNull(),
  mime: text("mime").notNull(),
  /** The bytes, as rows of `blob_chunks` under this id (the blob_chunks migration moved older rows there). */
  chunkSet: uuid("chunk_set"),
  /** Before blob_chunks the bytes lived here; the migration empties it. Nothing writes it now. */
  bytes: bytea("bytes"),
});

/** A file as one user attached it to one thing (evidence of a criterion, a pact scan…). */
export const files = pgTable(
  "files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: councilRef(),
    sha256: text("sha256")
      .notNull()
      .references(() => blobs.sha256),
    name: text("name").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    uploadedBy: uuid("uploaded_by").references(() => users.id),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("files_entity_idx").on(t.entity, t.entityId)],
);

export const assessmentStatuses = [
  "draft",
  "submitted",
  "reviewed",
  "explanation",
  "final",
  "published",
] as const;

/** One unit's assessment in one cluster-year; its inputs per criterion are in assessment_inputs. */
export const assessments = pgTable(
  "assessments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: councilRef(),
    clusterId: uuid("cluster_id")
      .notNull()
      .references(() => clusters.id),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => organizations.id),
    status: text("status", { enum: assessmentStatuses }).notNull().default("draft"),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("assessments_cluster_unit").on(t.clusterId, t.unitId)],
);

/**
 * Self, reviewed and final inputs side by side, never merged. Values are the file format's inputs
 * ({ points } | { passed } | { actual } | { count } | { level }). `version` makes concurrent edits conflict.
 */
export const assessmentInputs = pgTable(
  "assessment_inputs",
  {
    councilId: councilRef(),
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id),
    criterionCode: text("criterion_code").notNull(),
    selfValue: jsonb("self_value"),
    selfNote: text("self_note"),
    reviewedValue: jsonb("reviewed_value"),
    reviewComment: text("review_comment"),
    reviewerId: uuid("reviewer_id").references(() => users.id),
    explanation: text("explanation"),
    finalValue: jsonb("final_value"),
    version: integer("version").notNull().default(1),
    updatedBy: uuid("updated_by").references(() => users.id),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.criterionCode] })],
);

/** The timeline of an assessment: who moved it, when, and why. */
export const assessmentEvents = pgTable(
  "assessment_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: councilRef(),
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id),
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    note: text("note"),
    actorId: uuid("actor_id").references(() => users.id),
    actorName: text("actor_name").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("assessment_events_assessment_idx").on(t.assessmentId)],
);

/** A correction to a published result: a new, reasoned record; the published value is kept. */
export const assessmentCorrections = pgTable("assessment_corrections", {
  id: uuid("id").primaryKey().defaultRandom(),
  councilId: councilRef(),
  assessmentId: uuid("assessment_id")
    .notNull()
    .references(() => assessments.id),
  criterionCode: text("criterion_code").notNull(),
  before: jsonb("before"),
  after: jsonb("after").notNull(),
  reason: text("reason").notNull(),
  actorId: uuid("actor_id").references(() => users.id),
  at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
});

/** Cross-scoring (chấm chéo): the council assigns unit X to review unit Y in a cluster-year. */
export const reviewAssignments = pgTable(
  "review_assignments",
  {
    councilId: councilRef(),
    clusterId: uuid("cluster_id")
      .notNull()
      .references(() => clusters.id),
    reviewerUnitId: uuid("reviewer_unit_id")
      .notNull()
      .references(() => organizations.id),
    reviewedUnitId: uuid("reviewed_unit_id")
      .notNull()
      .references(() => organizations.id),
  },
  (t) => [primaryKey({ columns: [t.clusterId, t.reviewedUnitId, t.reviewerUnitId] })],
);
