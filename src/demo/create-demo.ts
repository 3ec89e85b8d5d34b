import { count } from "drizzle-orm";
import { councils } from "../db/schema";
import type { Db } from "../db/types";
import { systemActor } from "../modules/auth/actor";
import { cloneCluster } from "../modules/clusters/clone-cluster";
import { createCluster } from "../modules/clusters/create-cluster";
import { createCouncil } from "../modules/orgs/create-council";
import { createUnit } from "../modules/orgs/create-unit";
import { dissolveOrganization } from "../modules/orgs/dissolve-organization";
import { mergeOrganizations } from "../modules/orgs/merge-organizations";
import { addPerson } from "../modules/people/add-person";
import { assignPosition } from "../modules/people/assign-position";
import { createDemoAccounts, type DemoAccount } from "./demo-accounts";
import { playDemoYear2020 } from "./demo-assessments";
import { createDemoCalendars } from "./demo-calendars";
import { createDemoDocuments } from "./demo-documents";
import { createDemoMeeting } from "./demo-meeting";
import { createDemoPact } from "./demo-pacts";
import { createDemoReports } from "./demo-reports";
import { createDemoTasks } from "./demo-tasks";
import * as seed from "./seed-data";

/** Creates the demo on an empty database (no council yet); returns null when there is data already. */
export async function createDemoIfEmpty(db: Db): Promise<{ accounts: DemoAccount[] } | null> {
  const [row] = await db.select({ n: count() }).from(councils);
  if ((row?.n ?? 0) > 0) return null;
  return createDemo(db);
}

/** The seed's cluster, built through the same use cases as users' actions. */
export async function createDemo(db: Db): Promise<{ accounts: DemoAccount[] }> {
  const actor = systemActor("demo");
  const { councilId, orgId: councilOrgId } = await createCouncil({
    db,
    actor,
    input: { ...seed.council, validFrom: seed.HISTORY_START },
  });
  const orgIds = new Map<string, string>([["council", councilOrgId]]);
  for (const u of seed.units) {
    const unit = await createUnit({
      db,
      actor,
      input: {
        councilId,
        code: u.code,
        name: `Ban Tuyên giáo ${u.committee} ${u.place}`,
        shortName: u.place,
        validFrom: seed.HISTORY_START,
      },
    });
    orgIds.set(u.code, unit.id);
  }
  const centre = await createUnit({
    db,
    actor,
    input: {
      councilId,
      code: "TTCT-HL",
      name: "Trung tâm Chính trị thành phố Hạ Long",
      validFrom: seed.HISTORY_START,
    },
  });
  orgIds.set("TTCT-HL", centre.id);

  const heads = seed.illustrativeHeads.map((h) => {
    const u = seed.units.find((unit) => unit.code === h.org);
    const title = `Trưởng ban Tuyên giáo ${u?.committee} ${u?.place}`;
    return { fullName: h.fullName, posts: [{ org: h.org, title, validFrom: "2020-01-01" }] };
  });
  for (const p of [...seed.people, ...heads]) {
    const person = await addPerson({ db, actor, input: { councilId, fullName: p.fullName } });
    for (const post of p.posts) {
      await assignPosition({
        db,
        actor,
        input: {
          personId: person.id,
          orgId: orgIds.get(post.org),
          title: post.title,
          validFrom: post.validFrom,
        },
      });
    }
  }

  const idOf = (code: string) => orgIds.get(code) as string;
  const c2020 = await createCluster({
    db,
    actor,
    input: {
      councilId,
      kind: seed.cluster.kind,
      code: seed.cluster.code,
      name: seed.cluster.name,
      shortName: seed.cluster.shortName,
      year: seed.cluster.year,
      members: seed.units.map((u) => ({
        unitId: idOf(u.code),
        role: u.code === seed.cluster.head ? "head" : u.code === seed.cluster.deputy ? "deputy" : "member",
      })),
    },
  });
  const c2021 = await cloneCluster({ db, actor, clusterId: c2020.id, input: { year: 2021 } });

  const demo = await createDemoAccounts(db, councilId, [c2020.id, c2021.id], orgIds);
  const ids = { unitIds: orgIds, accountIds: demo.accountIds };
  await createDemoPact(db, c2020.id, 2020, ids);
  await createDemoPact(db, c2021.id, 2021, ids);
  await playDemoYear2020(db, c2020.id, { ...demo, unitIds: orgIds });
  await createDemoTasks(db, { councilId, clusterId: c2021.id, unitIds: orgIds, editors: demo.editors });
  await createDemoDocuments(db, {
    councilId,
    councilOrgId,
    headUnitId: idOf(seed.cluster.head),
    cluster2020Id: c2020.id,
    units: seed.units.map((u) => ({ ...u, id: idOf(u.code) })),
  });
  await createDemoMeeting(db, { ...demo, clusterId: c2020.id, councilOrgId, unitIds: orgIds });
  await createDemoReports(db, c2020.id, {
    councilId,
    unitIds: orgIds,
    head: demo.head,
    editors: demo.editors,
  });
  await createDemoCalendars(db, c2020.id);
  await restructure2025(
    db,
    councilId,
    seed.units.map((u) => ({ ...u, id: idOf(u.code) })),
  );

  return { accounts: demo.accounts };
}

/** 2025: each propaganda department merges with its mass-mobilisation department; the merged body ends with the district level. */
async function restructure2025(
  db: Db,
  councilId: string,
  depts: { code: string; place: string; committee: string; id: string }[],
) {
  const actor = systemActor("demo");
  for (const d of depts) {
    const massMobilisation = await createUnit({
      db,
      actor,
      input: {
        councilId,
        code: `DV-${d.code}`,
        name: `Ban Dân vận ${d.committee} ${d.place}`,
        validFrom: seed.HISTORY_START,
      },
    });
    const merged = await mergeOrganizations({
      db,
      actor,
      input: {
        councilId,
        predecessorIds: [d.id, massMobilisation.id],
        successor: {
          code: `TGDV-${d.code}`,
          name: `Ban Tuyên giáo và Dân vận ${d.committee} ${d.place}`,
          shortName: d.place,
        },
        date: seed.MERGER_DATE,
      },
    });
    await dissolveOrganization({
      db,
      actor,
      input: { orgId: merged.id, lastDay: seed.DISTRICTS_ABOLISHED_LAST_DAY },
    });
  }
}
