import type { ScoreInput } from "../../contracts/cluster-year";
import { assessmentEvents, assessmentInputs, assessments } from "../../db/schema";
import type { Tx } from "../../db/types";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";

const CHUNK = 1000;

/**
 * Writes an imported year's results inside the caller's transaction. A cluster-year file records one agreed
 * figure per input, so each input is stored as the FINAL value, with the self value set to the same figure
 * (the unit's own score is not in the file) and the reviewed value left empty. Each unit gets one assessment
 * with status "published" (the year is concluded), a timeline event (null → published, note "imported"),
 * and one audit row with its inputs at the "final" stage.
 */
export async function writeImportedAssessments(
  tx: Tx,
  actor: Actor,
  args: {
    councilId: string;
    clusterId: string;
    units: { unitId: string; code: string }[];
    scores: Record<string, Record<string, ScoreInput>>;
    source: string;
  },
): Promise<{ assessments: number; inputs: number }> {
  if (args.units.length === 0) return { assessments: 0, inputs: 0 };
  const actorId = actor.kind === "user" ? actor.userId : null;
  const actorName = actor.kind === "user" ? actor.displayName : actor.name;
  const rows = await tx
    .insert(assessments)
    .values(
      args.units.map((u) => ({
        councilId: args.councilId,
        clusterId: args.clusterId,
        unitId: u.unitId,
        status: "published" as const,
      })),
    )
    .returning({ id: assessments.id, unitId: assessments.unitId });
  const idOf = new Map(rows.map((r) => [r.unitId, r.id]));
  const inputs = args.units.flatMap((u) =>
    Object.entries(args.scores[u.code] ?? {}).map(([criterionCode, value]) => ({
      councilId: args.councilId,
      assessmentId: idOf.get(u.unitId)!,
      criterionCode,
      selfValue: value,
      finalValue: value,
      updatedBy: actorId,
    })),
  );
  for (let i = 0; i < inputs.length; i += CHUNK) {
    await tx.insert(assessmentInputs).values(inputs.slice(i, i + CHUNK));
  }
  await tx.insert(assessmentEvents).values(
    rows.map((r) => ({
      councilId: args.councilId,
      assessmentId: r.id,
      fromStatus: null,
      toStatus: "published",
      note: `imported: ${args.source}`,
      actorId,
      actorName,
    })),
  );
  for (const u of args.units) {
    await recordAudit(tx, actor, {
      councilId: args.councilId,
      action: "import",
      entity: "assessment",
      entityId: idOf.get(u.unitId)!,
      after: { unit: u.code, status: "published", stage: "final", inputs: args.scores[u.code] ?? {} },
    });
  }
  return { assessments: rows.length, inputs: inputs.length };
}
