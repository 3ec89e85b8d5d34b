import { bigserial, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Sign-in attempts per key ("pair:<address>|<username>", "addr:<address>"), counted by one atomic
 * upsert so parallel guesses each count. Not a tenant table: a username may not exist in any council.
 */
export const signInThrottle = pgTable("sign_in_throttle", {
  key: text("key").primaryKey(),
  attempts: integer("attempts").notNull(),
  lastAt: timestamp("last_at", { withTimezone: true }).notNull(),
  prevAt: timestamp("prev_at", { withTimezone: true }),
});

export const authEventKinds = [
  "sign_in",
  "sign_in_failed",
  "sign_in_throttled",
  "sign_out",
  "sign_out_others",
] as const;

/**
 * Every sign-in, failure and sign-out, for whoever asks "who tried to get in". Failures of names that
 * match no account belong to no council, so these rows live here and not in a council's audit chain.
 */
export const authEvents = pgTable(
  "auth_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    kind: text("kind", { enum: authEventKinds }).notNull(),
    username: text("username").notNull(),
    userId: uuid("user_id"),
    address: text("address").notNull(),
    detail: text("detail"),
  },
  (t) => [index("auth_events_user_idx").on(t.userId, t.at), index("auth_events_at_idx").on(t.at)],
);
