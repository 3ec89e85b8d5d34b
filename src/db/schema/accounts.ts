import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { clusters } from "./clusters";
import { councilRef, organizations } from "./orgs";

export const users = pgTable("users", {
  id: uuid("id").primaryKey().defaultRandom(),
  username: text("username").notNull().unique(),
  displayName: text("display_name").notNull(),
  passwordHash: text("password_hash").notNull(),
  failedLogins: integer("failed_logins").notNull().default(0),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const roleNames = ["council_admin", "cluster_head", "unit_editor", "unit_viewer", "observer"] as const;

/** A role scoped to a council, and for cluster/unit roles to one cluster or unit. */
export const roleGrants = pgTable(
  "role_grants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    councilId: councilRef(),
    role: text("role", { enum: roleNames }).notNull(),
    clusterId: uuid("cluster_id").references(() => clusters.id),
    unitId: uuid("unit_id").references(() => organizations.id),
  },
  (t) => [index("role_grants_user_idx").on(t.userId)],
);

/** Sessions live in the database so several app processes can share them. id is the SHA-256 of the cookie. */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    csrfToken: text("csrf_token").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    /** Refreshed at most once a minute; a session idle past THIDUA_SESSION_IDLE_MINUTES is over. */
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);
