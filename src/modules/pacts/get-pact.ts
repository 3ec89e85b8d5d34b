import type { Criterion, Rules } from "../../contracts/cluster-year";
import type { PactResponse, PactView } from "../../contracts/pacts";
import { dayInVietnam } from "../../core/orgs/dated";
import { maxPoints } from "../../core/scoring";
import { compareVi } from "../../core/text/collate";
import type { DbOrTx } from "../../db/types";
import type { Actor } from "../auth/actor";
import { listFiles } from "../files/list-files";
import { postHeld } from "../people/post-held";
import { loadPactContext, type PactContext } from "./load-pact";
import { canCreatePact, pactCan } from "./policy";
import { amendmentsWithActors, type PactRow, signaturesWithAccounts } from "./repo";
import { diffTables, summarizeDiff, type Table } from "./table-diff";

export const PACT_SCAN_ENTITY = "pact";

/** The pact as the web app shows it, with what the actor may do; `pact: null` (with canCreate) before one exists. */
export async function getPact(args: { db: DbOrTx; actor: Actor; clusterId: string }): Promise<PactResponse> {
  const context = await loadPactContext(args.db, args.actor, args.clusterId);
  if (!context.pact) {
    return { pact: null, canCreate: canCreatePact(args.actor, context.cluster, false) };
  }
  return {
    pact: await presentPact(args.db, args.actor, { ...context, pact: context.pact }),
    canCreate: false,
  };
}

async function presentPact(
  db: DbOrTx,
  actor: Actor,
  context: PactContext & { pact: PactRow },
): Promise<PactView> {
  const { pact, cluster, members, units } = context;
  const criteria = pact.criteria as Criterion[];
  const signatures = await signaturesWithAccounts(db, pact.id);
  const signedBy = new Map(signatures.map((s) => [s.signature.unitId, s]));
  const posts = new Map<string, string | null>();
  for (const s of signatures) {
    const day = dayInVietnam(s.signature.signedAt);
    posts.set(s.signature.unitId, await postHeld(db, s.signature.unitId, s.signature.signerName, day));
  }
  const order = { head: 0, deputy: 1, member: 2 } as const;
  const scans = await listFiles(db, PACT_SCAN_ENTITY, [pact.id]);
  return {
    id: pact.id,
    clusterId: pact.clusterId,
    status: pact.status,
    version: pact.version,
    criteria,
    rules: pact.rules as Rules,
    maxPoints: maxPoints(criteria),
    lockedAt: pact.lockedAt?.toISOString() ?? null,
    updatedAt: pact.updatedAt.toISOString(),
    members: units
      .map((u) => {
        const s = signedBy.get(u.unitId);
        return {
          unitId: u.unitId,
          code: u.code,
          name: u.name,
          role: u.role,
          signature: s
            ? {
                signerName: s.signature.signerName,
                signerPost: posts.get(u.unitId) ?? null,
                account: s.account,
                signedAt: s.signature.signedAt.toISOString(),
              }
            : null,
        };
      })
      .sort((a, b) => order[a.role] - order[b.role] || compareVi(a.name, b.name)),
    scan: scans.find((f) => f.id === pact.scanFileId) ?? null,
    scans,
    amendments: await presentAmendments(db, pact.id),
    can: pactCan(actor, cluster, members, units, pact.status, new Set(signedBy.keys())),
  };
}

async function presentAmendments(db: DbOrTx, pactId: string): Promise<PactView["amendments"]> {
  const rows = await amendmentsWithActors(db, pactId);
  return rows.map(({ amendment, actor }) => {
    const diff = diffTables(amendment.before as Table, amendment.after as Table);
    return {
      id: amendment.id,
      reason: amendment.reason,
      at: amendment.at.toISOString(),
      actor,
      summary: summarizeDiff(diff),
      changes: diff.changes.map(({ kind, code, title, fields }) => ({ kind, code, title, fields })),
      rulesChanged: diff.rulesChanged,
      maxPointsBefore: diff.maxPointsBefore,
      maxPointsAfter: diff.maxPointsAfter,
    };
  });
}
