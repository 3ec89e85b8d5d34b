import { requireActor } from "../../server/context";
import { newRouter } from "../../server/router";
import { editAgendaItem, removeAgendaItem, reorderAgenda } from "./edit-agenda";
import { editMeeting } from "./edit-meeting";
import { getMeeting } from "./get-meeting";
import { inviteUnits } from "./invite-units";
import { listMeetingAccounts } from "./meeting-accounts";
import * as r from "./route-defs-prepare";

// Preparing a meeting: each write answers with the fresh view of the meeting.

export const prepareRoutes = newRouter()
  .openapi(r.editItemRoute, async (c) => {
    const actor = requireActor(c);
    const db = c.get("db");
    const { id, itemId } = c.req.valid("param");
    await editAgendaItem({ db, actor, meetingId: id, itemId, input: c.req.valid("json") });
    return c.json({ data: await getMeeting({ db, actor, meetingId: id }) }, 200);
  })
  .openapi(r.removeItemRoute, async (c) => {
    const actor = requireActor(c);
    const db = c.get("db");
    const { id, itemId } = c.req.valid("param");
    await removeAgendaItem({ db, actor, meetingId: id, itemId, input: c.req.valid("query") });
    return c.json({ data: await getMeeting({ db, actor, meetingId: id }) }, 200);
  })
  .openapi(r.reorderRoute, async (c) => {
    const actor = requireActor(c);
    const db = c.get("db");
    const { id } = c.req.valid("param");
    await reorderAgenda({ db, actor, meetingId: id, input: c.req.valid("json") });
    return c.json({ data: await getMeeting({ db, actor, meetingId: id }) }, 200);
  })
  .openapi(r.inviteUnitsRoute, async (c) => {
    const actor = requireActor(c);
    const db = c.get("db");
    const { id } = c.req.valid("param");
    await inviteUnits({ db, actor, meetingId: id, input: c.req.valid("json") });
    return c.json({ data: await getMeeting({ db, actor, meetingId: id }) }, 200);
  })
  .openapi(r.editMeetingRoute, async (c) => {
    const actor = requireActor(c);
    const db = c.get("db");
    const { id } = c.req.valid("param");
    await editMeeting({ db, actor, meetingId: id, input: c.req.valid("json") });
    return c.json({ data: await getMeeting({ db, actor, meetingId: id }) }, 200);
  })
  .openapi(r.accountsRoute, async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid("param");
    return c.json({ data: await listMeetingAccounts({ db: c.get("db"), actor, clusterId: id }) }, 200);
  });
