import { pgTable, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { councilRef, people } from "./orgs";

/**
 * The account a person of the register signs in with: when they are named chair or secretary of a meeting (or
 * invited as a delegate), their delegate row is linked to it, so they sign the minutes as themselves.
 */
export const personAccounts = pgTable(
  "person_accounts",
  {
    personId: uuid("person_id")
      .primaryKey()
      .references(() => people.id),
    councilId: councilRef(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("person_accounts_user_idx").on(t.councilId, t.userId)],
);
