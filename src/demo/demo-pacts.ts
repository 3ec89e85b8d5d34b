import type { Db } from "../db/types";
import { systemActor } from "../modules/auth/actor";
import { createPact } from "../modules/pacts/create-pact";
import { openForSigning } from "../modules/pacts/open-for-signing";
import { setUnitTargets } from "../modules/pacts/set-unit-targets";
import { signPact } from "../modules/pacts/sign-pact";
import { TARGETS_2020, targetsByCode } from "./scores-2020";
import * as seed from "./seed-data";

type DemoIds = { unitIds: Map<string, string>; accountIds: Map<string, string> };

/**
 * A cluster-year's pact from the propaganda template (or last year's), with each unit's targets,
 * signed by all six members and so locked: each by its head, a person with a post (seed.signerOf).
 */
export async function createDemoPact(db: Db, clusterId: string, year: number, ids: DemoIds) {
  const actor = systemActor("demo");
  const source = year === seed.cluster.year ? "template" : "previous";
  let pact = await createPact({ db, actor, clusterId, input: { source, templateId: "propaganda" } });
  if (source === "template") {
    for (const criterionCode of Object.keys(TARGETS_2020)) {
      const targets = targetsByCode(criterionCode);
      pact = await setUnitTargets({
        db,
        actor,
        clusterId,
        input: { version: pact.version, criterionCode, targets },
      });
    }
  }
  pact = await openForSigning({ db, actor, clusterId, input: { version: pact.version } });
  for (const u of seed.units) {
    await signPact({
      db,
      actor,
      clusterId,
      input: {
        unitId: ids.unitIds.get(u.code),
        accountId: ids.accountIds.get(u.code),
        signerName: seed.signerOf(u.code),
        signedAt: `${year}-02-14T09:00:00+07:00`,
      },
    });
  }
}
