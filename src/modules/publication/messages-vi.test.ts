import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Criterion } from "../../contracts/cluster-year";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { type App, createApp } from "../../server/app";
import { TEST_PASSWORD } from "../../test-support/factories";
import { call, type Session, signIn } from "../../test-support/http";
import { bringToFinal, setUpCluster } from "../assessments/test-fixtures";
import { lockPact, lowerI2AddI5 } from "./test-fixtures";

// Every message the API shows on the refusal paths of publication, amendment, finalize and correction is
// Vietnamese: the engine's English text ("must be at most 5 (the criterion's max)") never leaks through.

let database: Database;
let app: App;
beforeAll(async () => {
  database = await openTestDatabase();
  app = createApp({ db: database.db, databaseKind: database.kind });
});
afterAll(async () => {
  await database?.close();
});

const ENGLISH =
  /must be|criterion's max|at most|at least|expected|invalid input|is required|not listed|unknown|duplicate|required|not allowed|cannot/i;
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

/** Every `message` anywhere in a response body (the error, its issues, an impact list, ignored inputs). */
function messagesOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) messagesOf(v, out);
  else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if ((key === "message" || key === "invalid") && typeof v === "string") out.push(v);
      else messagesOf(v, out);
    }
  }
  return out;
}

async function shown(res: Response, status: number, what: string): Promise<string[]> {
  const body = await res.json();
  expect([what, res.status], JSON.stringify(body)).toEqual([what, status]);
  const messages = messagesOf(body);
  expect(messages.length, `${what}: ${JSON.stringify(body)}`).toBeGreaterThan(0);
  for (const m of messages) {
    expect(m, what).not.toMatch(ENGLISH);
    expect(m, what).toMatch(VIETNAMESE);
  }
  return messages;
}

describe("the API speaks Vietnamese on every refusal of publication, amendment, finalize and correction", () => {
  it("never lets the engine's English through", async () => {
    const s = await setUpCluster(database.db);
    await lockPact(s);
    const admin: Session = await signIn(app, s.admin.username, TEST_PASSWORD);
    const base = `/api/clusters/${s.cluster.id}`;
    const mc = `${base}/assessments/${s.units[5]!.id}`;
    await bringToFinal(s, [0, 1, 2, 3, 4]);

    await shown(
      await call(app, admin, "POST", `${base}/publication`, { versions: {} }),
      409,
      "publish, not all final",
    );
    await shown(
      await call(app, admin, "POST", `${base}/publication`, { versions: "x" }),
      400,
      "publish, bad body",
    );
    await shown(
      await call(app, admin, "POST", `${base}/publication/reopen`, { reason: "" }),
      400,
      "reopen, no reason",
    );
    await shown(
      await call(app, admin, "POST", `${base}/publication/reopen`, {
        reason: "Rà soát lại kết quả theo đề nghị của đơn vị",
      }),
      409,
      "reopen, not published",
    );
    await bringToFinal(s, [5]);
    const page = (await (await call(app, admin, "GET", mc)).json()).data as { version: number };
    const finalize = {
      version: page.version,
      overrides: [{ criterionCode: "I.2", value: { points: 9 }, reason: "x" }],
    };
    await shown(await call(app, admin, "POST", `${mc}/finalize`, finalize), 409, "finalize, already final");

    const publication = (await (await call(app, admin, "GET", `${base}/publication`)).json()).data as {
      units: { unitId: string; version: number }[];
    };
    const versions = Object.fromEntries(publication.units.map((u) => [u.unitId, u.version]));
    const stale = { ...versions, [s.units[0]!.id]: 0 };
    await shown(
      await call(app, admin, "POST", `${base}/publication`, { versions: stale }),
      409,
      "publish, stale",
    );
    expect((await call(app, admin, "POST", `${base}/publication`, { versions })).status).toBe(200);

    const pactView = (await (await call(app, admin, "GET", `${base}/pact`)).json()).data as {
      pact: { version: number; criteria: Criterion[] };
    };
    const { version, criteria } = pactView.pact;
    const lowered = lowerI2AddI5(criteria);
    const reason = "Điều chỉnh thang điểm";
    const impact = await shown(
      await call(app, admin, "POST", `${base}/pact/amendment-impact`, { criteria: lowered }),
      200,
      "amendment impact",
    );
    expect(impact.join(" ")).toMatch(/Không được vượt quá 5/);
    await shown(
      await call(app, admin, "POST", `${base}/pact/amend`, { criteria: lowered, version, reason }),
      409,
      "amendment over a published result",
    );
    const broken = criteria.map((c) =>
      c.method === undefined
        ? {
            ...c,
            children: c.children.map((x) =>
              x.code === "I.2" ? { ...x, max: -1 } : x.code === "I.3" ? { ...x, method: "guess" } : x,
            ),
          }
        : c,
    );
    await shown(
      await call(app, admin, "POST", `${base}/pact/amend`, { criteria: broken, version, reason }),
      400,
      "amendment, broken table",
    );

    const after = (await (await call(app, admin, "GET", mc)).json()).data as { version: number };
    const correction = {
      version: after.version,
      criterionCode: "I.2",
      value: { points: 9 },
      reason: "Bổ sung",
    };
    await shown(await call(app, admin, "POST", `${mc}/corrections`, correction), 400, "correction above max");
    const ok = { ...correction, value: { points: 6 } };
    expect((await call(app, admin, "POST", `${mc}/corrections`, ok)).status).toBe(200);
    await shown(await call(app, admin, "POST", `${mc}/corrections`, ok), 409, "correction, stale");

    // Reopened and amended: the value the new maximum refuses is flagged in Vietnamese on every page.
    await call(app, admin, "POST", `${base}/publication/reopen`, {
      reason: "Hội đồng điều chỉnh thang điểm",
    });
    const next = (await (await call(app, admin, "GET", `${base}/pact`)).json()).data.pact as {
      version: number;
    };
    const amended = await call(app, admin, "POST", `${base}/pact/amend`, {
      criteria: lowered,
      version: next.version,
      reason,
    });
    expect(amended.status).toBe(200);
    await shown(await call(app, admin, "GET", `${base}/ranking?stage=draft`), 200, "ranking, ignored input");
    await shown(
      await call(app, admin, "GET", `${base}/ranking/matrix?stage=draft`),
      200,
      "matrix, ignored input",
    );
    await shown(await call(app, admin, "GET", mc), 200, "assessment page, flagged input");
  });
});
