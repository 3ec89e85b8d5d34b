import { and, eq, sql } from "drizzle-orm";
import { boundTo, runBuiltOnce } from "../../db/built-once";
import { assessmentInputs, assessments } from "../../db/schema";
import type { DbOrTx } from "../../db/types";
import type { InputRow, InputValues } from "./repo";

/**
 * Writes one input if nobody else has since `version` (0: the input does not exist yet).
 * Returns undefined when someone else saved first: the caller answers 409. With `bump`, the assessment's
 * version moves in the same statement whether or not the input was written: the caller's 409 rolls it back.
 */
export async function writeInputIfVersion(
  tx: DbOrTx,
  key: { councilId: string; assessmentId: string; criterionCode: string },
  version: number,
  values: InputValues,
  updatedBy: string | null,
  opts: { bump?: boolean } = {},
): Promise<InputRow | undefined> {
  // An undefined value is left as it is (Drizzle's rule): the columns written make the statement's variant.
  const columns = (Object.keys(values) as (keyof InputValues)[])
    .filter((k) => values[k] !== undefined)
    .sort();
  const bump = opts.bump === true;
  const variant = `${version === 0 ? "insert" : "update"}:${bump ? "bump" : "keep"}:${columns.join(",")}`;
  const [row] = await runBuiltOnce(
    tx,
    `assessments.write-input:${variant}`,
    (db) => writeInputQuery(db, version === 0, bump, columns),
    {
      ...values,
      ...key,
      version,
      newVersion: version + 1,
      updatedBy,
      now: new Date(),
    },
  );
  return row;
}

/** The statement of `writeInputIfVersion`, with placeholders named after the columns it writes. */
function writeInputQuery(tx: DbOrTx, insert: boolean, bump: boolean, columns: (keyof InputValues)[]) {
  const now = boundTo(assessments.updatedAt, "now");
  const bumped = tx.$with("bump").as(
    tx
      .update(assessments)
      .set({ version: sql`${assessments.version} + 1`, updatedAt: now })
      .where(and(eq(assessments.id, sql.placeholder("assessmentId")), bump ? undefined : sql`false`))
      .returning({ id: assessments.id }),
  );
  const set = Object.fromEntries(columns.map((c) => [c, boundTo(assessmentInputs[c], c)]));
  const updatedBy = boundTo(assessmentInputs.updatedBy, "updatedBy");
  if (insert) {
    return tx
      .with(bumped)
      .insert(assessmentInputs)
      .values({
        councilId: sql.placeholder("councilId"),
        assessmentId: sql.placeholder("assessmentId"),
        criterionCode: sql.placeholder("criterionCode"),
        ...set,
        version: 1,
        updatedBy,
      })
      .onConflictDoNothing()
      .returning();
  }
  return tx
    .with(bumped)
    .update(assessmentInputs)
    .set({ ...set, version: boundTo(assessmentInputs.version, "newVersion"), updatedBy, updatedAt: now })
    .where(
      and(
        eq(assessmentInputs.assessmentId, sql.placeholder("assessmentId")),
        eq(assessmentInputs.criterionCode, sql.placeholder("criterionCode")),
        eq(assessmentInputs.version, sql.placeholder("version")),
      ),
    )
    .returning();
}
