import type { Context } from "hono";
import { type AppEnv, requireActor } from "../../server/context";
import { newRouter } from "../../server/router";
import type { Actor } from "../auth/actor";
import { addDelegate } from "./add-delegate";
import { addAgendaItem, endMeeting, setCurrentItem } from "./agenda";
import { castBallot } from "./cast-ballot";
import { closeVote, overrideVoteResult } from "./close-vote";
import { createMeeting } from "./create-meeting";
import { createVote } from "./create-vote";
import { recordDecision, setConclusions } from "./decisions";
import { getMeeting } from "./get-meeting";
import { listMeetings } from "./list-meetings";
import { openVote } from "./open-vote";
import { enterPaperBallots } from "./paper-ballots";
import { recordAttendance, replyToInvitation } from "./record-attendance";
import * as r from "./route-defs";
import { prepareRoutes } from "./routes-prepare";
import { recordRoutes } from "./routes-record";
import { recordGist, requestSpeech, runSpeech } from "./speakers";

type Db = AppEnv["Variables"]["db"];

/** Runs one write, then answers with the fresh view of the meeting. */
async function thenView(
  c: Context<AppEnv>,
  meetingId: string,
  write: (db: Db, actor: Actor) => Promise<unknown>,
) {
  const actor = requireActor(c);
  const db = c.get("db");
  await write(db, actor);
  return { data: await getMeeting({ db, actor, meetingId }) };
}

export const meetingRoutes = newRouter()
  .openapi(r.listRoute, async (c) => {
    const actor = requireActor(c);
    return c.json(
      { data: await listMeetings({ db: c.get("db"), actor, clusterId: c.req.valid("query").clusterId }) },
      200,
    );
  })
  .openapi(r.createRouteDef, async (c) => {
    const actor = requireActor(c);
    const db = c.get("db");
    const m = await createMeeting({ db, actor, input: c.req.valid("json") });
    return c.json({ data: await getMeeting({ db, actor, meetingId: m.id }) }, 200);
  })
  .openapi(r.getRoute, async (c) =>
    c.json(
      {
        data: await getMeeting({
          db: c.get("db"),
          actor: requireActor(c),
          meetingId: c.req.valid("param").id,
        }),
      },
      200,
    ),
  )
  .openapi(r.addDelegateRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(
      await thenView(c, id, (db, actor) =>
        addDelegate({ db, actor, meetingId: id, input: c.req.valid("json") }),
      ),
      200,
    );
  })
  .openapi(r.replyRoute, async (c) => {
    const { id, delegateId } = c.req.valid("param");
    const input = c.req.valid("json");
    return c.json(
      await thenView(c, id, (db, actor) =>
        replyToInvitation({ db, actor, meetingId: id, delegateId, input }),
      ),
      200,
    );
  })
  .openapi(r.attendanceRoute, async (c) => {
    const { id, delegateId } = c.req.valid("param");
    const input = c.req.valid("json");
    return c.json(
      await thenView(c, id, (db, actor) => recordAttendance({ db, actor, meetingId: id, delegateId, input })),
      200,
    );
  })
  .openapi(r.agendaRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(
      await thenView(c, id, (db, actor) =>
        addAgendaItem({ db, actor, meetingId: id, input: c.req.valid("json") }),
      ),
      200,
    );
  })
  .openapi(r.currentItemRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(
      await thenView(c, id, (db, actor) =>
        setCurrentItem({ db, actor, meetingId: id, input: c.req.valid("json") }),
      ),
      200,
    );
  })
  .openapi(r.endRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(await thenView(c, id, (db, actor) => endMeeting({ db, actor, meetingId: id })), 200);
  })
  .openapi(r.requestSpeechRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(
      await thenView(c, id, (db, actor) =>
        requestSpeech({ db, actor, meetingId: id, input: c.req.valid("json") }),
      ),
      200,
    );
  })
  .openapi(r.speechActionRoute, async (c) => {
    const { id, speechId } = c.req.valid("param");
    const input = c.req.valid("json");
    return c.json(
      await thenView(c, id, (db, actor) => runSpeech({ db, actor, meetingId: id, speechId, input })),
      200,
    );
  })
  .openapi(r.gistRoute, async (c) => {
    const { id, speechId } = c.req.valid("param");
    const input = c.req.valid("json");
    return c.json(
      await thenView(c, id, (db, actor) => recordGist({ db, actor, meetingId: id, speechId, input })),
      200,
    );
  })
  .openapi(r.createVoteRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(
      await thenView(c, id, (db, actor) =>
        createVote({ db, actor, meetingId: id, input: c.req.valid("json") }),
      ),
      200,
    );
  })
  .openapi(r.openVoteRoute, async (c) => {
    const { id, voteId } = c.req.valid("param");
    return c.json(await thenView(c, id, (db, actor) => openVote({ db, actor, meetingId: id, voteId })), 200);
  })
  .openapi(r.closeVoteRoute, async (c) => {
    const { id, voteId } = c.req.valid("param");
    return c.json(await thenView(c, id, (db, actor) => closeVote({ db, actor, meetingId: id, voteId })), 200);
  })
  .openapi(r.castRoute, async (c) => {
    const { id, voteId } = c.req.valid("param");
    const data = await castBallot({
      db: c.get("db"),
      actor: requireActor(c),
      meetingId: id,
      voteId,
      input: c.req.valid("json"),
    });
    return c.json({ data }, 200);
  })
  .openapi(r.paperRoute, async (c) => {
    const { id, voteId } = c.req.valid("param");
    const input = c.req.valid("json");
    return c.json(
      await thenView(c, id, (db, actor) => enterPaperBallots({ db, actor, meetingId: id, voteId, input })),
      200,
    );
  })
  .openapi(r.overrideRoute, async (c) => {
    const { id, voteId } = c.req.valid("param");
    const input = c.req.valid("json");
    return c.json(
      await thenView(c, id, (db, actor) => overrideVoteResult({ db, actor, meetingId: id, voteId, input })),
      200,
    );
  })
  .openapi(r.decisionRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(
      await thenView(c, id, (db, actor) =>
        recordDecision({ db, actor, meetingId: id, input: c.req.valid("json") }),
      ),
      200,
    );
  })
  .openapi(r.conclusionsRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(
      await thenView(c, id, (db, actor) =>
        setConclusions({ db, actor, meetingId: id, input: c.req.valid("json") }),
      ),
      200,
    );
  })
  .route("/", recordRoutes)
  .route("/", prepareRoutes);
