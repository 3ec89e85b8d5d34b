import type { Db } from "../../db/types";
import { makeCluster, makeCouncil, makeUnits, system } from "../../test-support/factories";
import { addPerson } from "../people/add-person";
import { assignPosition } from "../people/assign-position";
import { setDocumentIssuer, setDocumentSettings } from "./document-settings";

/**
 * A council whose first unit heads `clusters` clusters (one per code), with a named head of that unit and
 * its issuer line, in the given layout.
 */
export async function setUpIssuer(
  db: Db,
  opts: { layout: "party" | "state"; partyTermStart?: string | null; clusters?: number; signer?: boolean } = {
    layout: "party",
  },
) {
  const council = await makeCouncil(db);
  const councilId = council.councilId;
  const units = await makeUnits(db, councilId, [
    "Ban Tuyên giáo Thành ủy Hạ Long",
    "Ban Tuyên giáo Thành ủy Uông Bí",
  ]);
  const head = units[0]!;
  if (opts.signer !== false) {
    const person = await addPerson({
      db,
      actor: system,
      input: { councilId, fullName: "Phan Thị Hải Hường" },
    });
    await assignPosition({
      db,
      actor: system,
      input: {
        personId: person.id,
        orgId: head.id,
        title: "Trưởng ban Tuyên giáo Thành ủy Hạ Long",
        validFrom: "2015-01-01",
      },
    });
  }
  await setDocumentSettings({
    db,
    actor: system,
    councilId,
    input: { layout: opts.layout, partyTermStart: opts.partyTermStart ?? null, version: 1 },
  });
  await setDocumentIssuer({
    db,
    actor: system,
    orgId: head.id,
    input: {
      superiorBody: "Thành ủy Hạ Long",
      issuingBody: "Ban Tuyên giáo",
      symbol: "BTGThU",
      place: "Hạ Long",
    },
  });
  const clusters = [];
  for (let i = 0; i < (opts.clusters ?? 1); i++) {
    clusters.push(
      await makeCluster(
        db,
        councilId,
        units.map((u) => u.id),
        2020,
        `CUM${i + 1}`,
      ),
    );
  }
  return { councilId, head, units, clusters };
}
