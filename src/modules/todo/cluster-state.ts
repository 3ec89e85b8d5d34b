import type { ClusterCalendar } from "../../contracts/calendars";
import type { Criterion } from "../../contracts/cluster-year";
import type { DbOrTx } from "../../db/types";
import type { AssessmentStatus } from "../assessments/scores-of-cluster";
import { effectiveCalendar } from "../calendars/present";
import { calendarsOf } from "../calendars/repo";
import { type PactForScoring, pactForScoring } from "../pacts/pact-for-scoring";
import { assessmentsOfClusters, inputsOfAssessments, signedUnitsOf, workflowEventsOf } from "./repo";

type EventRow = Awaited<ReturnType<typeof workflowEventsOf>>[number];
type InputRow = Awaited<ReturnType<typeof inputsOfAssessments>>[number];

export type UnitState = {
  unitId: string;
  code: string;
  name: string;
  role: "head" | "deputy" | "member";
  assessmentId: string | null;
  status: AssessmentStatus;
  signed: boolean;
  events: EventRow[];
  inputs: InputRow[];
};

/** Everything a to-do list reads about one cluster-year, loaded once for all roles. */
export type ClusterRef = { id: string; name: string; year: number; councilId: string };

export type ClusterState = {
  cluster: ClusterRef;
  pactStatus: "none" | "draft" | "signing" | "locked";
  criteria: Criterion[];
  calendar: ClusterCalendar;
  units: UnitState[];
};

/** Loads the state of several cluster-years in a few queries (plus one pact read per cluster). */
export async function loadClusterStates(db: DbOrTx, clusters: ClusterRef[]): Promise<ClusterState[]> {
  const ids = clusters.map((c) => c.id);
  const scorings = new Map<string, PactForScoring | null>();
  for (const id of ids) scorings.set(id, await pactForScoring(db, id));
  const pactIds = [...scorings.values()].flatMap((s) => (s?.pact ? [s.pact.id] : []));
  const signed = await signedUnitsOf(db, pactIds);
  const calendars = await calendarsOf(db, ids);
  const rows = await assessmentsOfClusters(db, ids);
  const assessmentIds = rows.map((r) => r.id);
  const events = await workflowEventsOf(db, assessmentIds);
  const inputs = await inputsOfAssessments(db, assessmentIds);
  return clusters.map((cluster) => {
    const scoring = scorings.get(cluster.id) ?? null;
    const pact = scoring?.pact ?? null;
    return {
      cluster,
      pactStatus: pact ? pact.status : "none",
      criteria: scoring?.criteria ?? [],
      calendar: effectiveCalendar(
        cluster,
        calendars.find((c) => c.clusterId === cluster.id),
        false,
      ),
      units: (scoring?.units ?? []).map((u) => {
        const row = rows.find((r) => r.clusterId === cluster.id && r.unitId === u.unitId);
        return {
          unitId: u.unitId,
          code: u.code,
          name: u.name,
          role: u.role,
          assessmentId: row?.id ?? null,
          status: row?.status ?? "draft",
          signed: pact !== null && signed.some((s) => s.pactId === pact.id && s.unitId === u.unitId),
          events: row ? events.filter((e) => e.assessmentId === row.id) : [],
          inputs: row ? inputs.filter((i) => i.assessmentId === row.id) : [],
        };
      }),
    };
  });
}

/** The reviewer's request for an explanation (the latest), and whether the unit has sent its answer since. */
export function explanationOf(unit: UnitState) {
  const requests = unit.events.filter((e) => e.toStatus === "explanation" && e.fromStatus !== "explanation");
  const request = requests.at(-1);
  const sent = request
    ? unit.events.filter(
        (e) => e.fromStatus === "explanation" && e.toStatus === "explanation" && e.at >= request.at,
      )
    : [];
  return { request, sentAt: sent.at(-1)?.at ?? null };
}
