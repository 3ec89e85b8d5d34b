import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { type App, createApp } from "../../server/app";
import { TEST_PASSWORD } from "../../test-support/factories";
import { call, type Session, signIn } from "../../test-support/http";
import { closeLiveBus } from "./live/bus";
import { markPresent, setUpMeeting } from "./test-fixtures";

let database: Database;
let other: Database;
let app: App;
let app2: App;
let s: Awaited<ReturnType<typeof setUpMeeting>>;
let admin: Session;
let head: Session;
let editor: Session;
let foreign: Session;
let voters: Session[];
let base: string;

/** A second server process on the same database: a second pool on PostgreSQL; on PGlite, one process only. */
async function secondProcess(): Promise<Database> {
  if (database.kind === "pglite") return database;
  const url = new URL(process.env.TEST_DATABASE_URL ?? "");
  const res = (await database.db.execute(sql`select current_database() as name`)) as unknown as {
    rows: { name: string }[];
  };
  url.pathname = `/${res.rows[0]?.name}`;
  return openDatabase({ kind: "postgres", url: url.toString(), migrate: false, max: 2 });
}

beforeAll(async () => {
  database = await openTestDatabase();
  other = await secondProcess();
  app = createApp({ db: database.db, databaseKind: database.kind });
  app2 = createApp({ db: other.db, databaseKind: other.kind });
  s = await setUpMeeting(database.db);
  const login = (username: string) => signIn(app, username, TEST_PASSWORD);
  admin = await login(s.admin.username);
  head = await login(s.head.username);
  editor = await login(s.outsider.username);
  foreign = await login(s.foreignAdmin.username);
  voters = [];
  for (const v of s.voters) voters.push(await login(v.kind === "user" ? v.username : ""));
  base = `/api/meetings/${s.meeting.id}`;
});
afterAll(async () => {
  await closeLiveBus(database.db);
  if (other !== database) {
    await closeLiveBus(other.db);
    await other.close();
  }
  await database?.close();
});

type Json = { data: { lastEventId: number; votes: { id: string; status: string; result: unknown }[] } };

/** Reads server-sent events until `done` says enough, then hangs up. */
async function readEvents(res: Response, done: (events: { id?: string; data: string }[]) => boolean) {
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const events: { id?: string; event?: string; data: string }[] = [];
  let buffer = "";
  while (!done(events.filter((e) => !e.event))) {
    const { value, done: ended } = await reader.read();
    if (ended) break;
    buffer += decoder.decode(value, { stream: true });
    const blocks = buffer.split("\n\n");
    buffer = blocks.pop() ?? "";
    for (const block of blocks) {
      const e: { id?: string; event?: string; data: string } = { data: "" };
      for (const line of block.split("\n")) {
        if (line.startsWith("id: ")) e.id = line.slice(4);
        if (line.startsWith("event: ")) e.event = line.slice(7);
        if (line.startsWith("data: ")) e.data += line.slice(6);
      }
      if (e.data) events.push(e);
    }
  }
  await reader.cancel();
  return events
    .filter((e) => !e.event)
    .map((e) => ({
      id: e.id,
      ...(JSON.parse(e.data) as { type: string; payload: Record<string, unknown> }),
    }));
}

describe("meetings over HTTP", () => {
  it("lists and convenes by role, and is in the OpenAPI document", async () => {
    const input = {
      clusterId: s.cluster.id,
      kind: "bat_thuong",
      title: "Hội nghị bất thường",
      purpose: "Bàn việc gấp",
      startsAt: "2020-12-01T08:00:00+07:00",
      place: "TP Uông Bí",
      convenerOrgId: s.councilOrgId,
    };
    expect((await call(app, head, "POST", "/api/meetings", input)).status).toBe(200);
    expect((await call(app, voters[1]!, "POST", "/api/meetings", input)).status).toBe(403);
    expect((await call(app, foreign, "POST", "/api/meetings", input)).status).toBe(404);
    expect((await call(app, null, "GET", "/api/meetings")).status).toBe(401);
    const listed = (await (await call(app, voters[1]!, "GET", "/api/meetings")).json()) as {
      data: { title: string }[];
    };
    expect(listed.data.map((m) => m.title)).toEqual([
      "Hội nghị giao ban Cụm thi đua năm 2020",
      "Hội nghị bất thường",
    ]);
    expect(
      ((await (await call(app, editor, "GET", "/api/meetings")).json()) as { data: unknown[] }).data,
    ).toEqual([]);
    expect((await call(app, editor, "GET", base)).status).toBe(404);
    const doc = (await (await app.request("/api/openapi.json")).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/meetings",
        "/api/meetings/{id}",
        "/api/meetings/{id}/events",
        "/api/meetings/{id}/votes/{voteId}/ballots",
        "/api/meetings/{id}/minutes.md",
        "/api/meetings/{id}/report.html",
      ]),
    );
  });

  it("answers bad input with a located Vietnamese message", async () => {
    // Text PostgreSQL cannot store is refused by the body guard before the contract runs.
    const nul = await call(app, admin, "POST", `${base}/agenda`, {
      title: "Báo cáo\u0000",
      plannedMinutes: 5,
    });
    expect(nul.status).toBe(400);
    expect(((await nul.json()) as { issues: { path: string; message: string }[] }).issues).toEqual([
      {
        path: "title",
        message: "Chứa ký tự không hợp lệ (ký tự NUL hoặc ký tự Unicode bị cắt đôi) ở ký tự thứ 8",
      },
    ]);
    const res = await call(app, admin, "POST", `${base}/agenda`, { title: "Báo cáo", plannedMinutes: 0 });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; issues: { path: string; message: string }[] };
    expect(body.error).toBe("validation");
    expect(body.issues).toEqual([{ path: "plannedMinutes", message: "Ít nhất 1 phút" }]);
    const lone = await call(app, admin, "PUT", `${base}/conclusions`, { text: "a\uD800b", keyTasks: [] });
    expect(((await lone.json()) as { issues: { path: string }[] }).issues[0]?.path).toBe("text");
  });

  it("streams a live secret vote to another server process, and catches up after a reconnect", async () => {
    await markPresent(database.db, s, [0, 1, 2]);
    const created = (await (
      await call(app, admin, "POST", `${base}/votes`, {
        kind: "motion",
        secret: true,
        question: "Thông qua?",
        threshold: { kind: "majorityOfValid" },
      })
    ).json()) as Json;
    const voteId = created.data.votes.at(-1)!.id;
    const start = created.data.lastEventId;
    const stream = await app.request(`${base}/events`, {
      headers: { cookie: voters[0]!.cookie, "last-event-id": String(start) },
    });
    expect(stream.headers.get("content-type")).toContain("text/event-stream");
    // Writes go through the other process; the stream is served by this one.
    expect((await call(app2, admin, "POST", `${base}/votes/${voteId}/open`)).status).toBe(200);
    for (const [i, choice] of ["yes", "yes", "no"].entries()) {
      const res = await call(app2, voters[i]!, "POST", `${base}/votes/${voteId}/ballots`, {
        ballot: { choice },
      });
      expect(res.status).toBe(200);
    }
    expect(
      (await call(app2, voters[0]!, "POST", `${base}/votes/${voteId}/ballots`, { ballot: { choice: "no" } }))
        .status,
    ).toBe(409);
    const hidden = (await (await call(app, voters[1]!, "GET", base)).json()) as Json;
    expect(hidden.data.votes.at(-1)).toMatchObject({ status: "open", result: null });
    expect((await call(app2, admin, "POST", `${base}/votes/${voteId}/close`)).status).toBe(200);
    const events = await readEvents(stream, (es) => es.some((e) => e.data.includes('"vote.closed"')));
    expect(events.map((e) => e.type)).toEqual([
      "vote.opened",
      "vote.progress",
      "vote.progress",
      "vote.progress",
      "vote.closed",
    ]);
    expect(events.at(-1)?.payload.result).toMatchObject({ yes: 2, no: 1, outcome: "carried" });
    expect(
      (await call(app, voters[2]!, "POST", `${base}/votes/${voteId}/ballots`, { ballot: { choice: "yes" } }))
        .status,
    ).toBe(409);

    // Reconnecting with the id of the second event replays the three after it.
    const again = await app.request(`${base}/events`, {
      headers: { cookie: voters[1]!.cookie, "last-event-id": events[1]!.id ?? "" },
    });
    const replay = await readEvents(again, (es) => es.length >= 3);
    expect(replay.map((e) => e.type)).toEqual(["vote.progress", "vote.progress", "vote.closed"]);
  });

  it("exports the minutes and the news report as Markdown and HTML", async () => {
    expect((await call(app, admin, "GET", `${base}/minutes.md`)).status).toBe(409);
    await call(app, admin, "PUT", `${base}/conclusions`, {
      text: "Hội nghị thống nhất.",
      keyTasks: ["Đổi mới nội dung học tập", "Tuyên truyền bầu cử"],
    });
    expect((await call(app, admin, "POST", `${base}/minutes/draft`)).status).toBe(200);
    // A member unit's delegate waits for the approved minutes; the cluster's managers read the draft.
    expect((await call(app, voters[1]!, "GET", `${base}/minutes.md`)).status).toBe(403);
    const md = await (await call(app, admin, "GET", `${base}/minutes.md`)).text();
    expect(md).toContain("- Chủ trì: Trương Công Ngàn, Phó trưởng Ban Thường trực");
    expect(md).toContain("1. Đổi mới nội dung học tập");
    const html = await call(app, head, "GET", `${base}/minutes.html`);
    expect(html.headers.get("content-type")).toContain("text/html");
    expect(await html.text()).toContain("<strong>Thông qua?</strong> — Bỏ phiếu kín");
    expect((await call(app, voters[1]!, "POST", `${base}/report/draft`)).status).toBe(403);
    expect((await call(app, admin, "POST", `${base}/report/draft`)).status).toBe(200);
    const report = await (await call(app, admin, "GET", `${base}/report.md`)).text();
    expect(report).toContain("Chiều 24/11, tại TP Hạ Long,");
    expect(report).toContain(
      "Đồng thời, thống nhất những nhiệm vụ trọng tâm năm 2021, trong đó tập trung vào những nhiệm vụ cụ thể sau: Đổi mới nội dung học tập; tuyên truyền bầu cử…",
    );
  });
});
