import { inviteUnitsInput } from "../../contracts/meeting-prep";
import { parseInput } from "../../contracts/parse";
import { isValidOn } from "../../core/orgs/dated";
import type { Db } from "../../db/types";
import { AppError } from "../../server/errors";
import type { Actor } from "../auth/actor";
import { unitEditorAccounts } from "../auth/unit-accounts";
import { namesAt } from "../orgs/list-organizations";
import { positionsOfOrganization } from "../people/positions-of-org";
import { inviteDelegate } from "./add-delegate";
import { meetingDay } from "./dates";
import { appendEvent } from "./live/events";
import { changeMeeting } from "./load";
import { managesMeeting } from "./policy";

/**
 * Invites the cluster's member units not yet invited (or those named): one delegate per unit, the person who
 * holds a post there on the meeting day (with all their posts of that day), else the unit's representative by
 * the unit's name; linked to the unit's editing account so they can vote online.
 */
export async function inviteUnits(args: { db: Db; actor: Actor; meetingId: string; input: unknown }) {
  const input = parseInput(inviteUnitsInput, args.input);
  return changeMeeting(
    args.db,
    args.actor,
    args.meetingId,
    (s) => managesMeeting(args.actor, s),
    async (tx, s) => {
      const memberIds = s.members.map((m) => m.unitId);
      const strangers = (input.unitIds ?? []).filter((id) => !memberIds.includes(id));
      if (strangers.length > 0)
        throw new AppError("validation", 400, "Chỉ mời được các đơn vị thành viên của cụm.", [
          { path: "unitIds", message: "Có đơn vị không thuộc cụm" },
        ]);
      const invited = new Set(s.delegates.map((d) => d.unitId));
      const wanted = (input.unitIds ?? memberIds).filter((id) => !invited.has(id));
      const day = meetingDay(s.meeting.startsAt);
      const names = await namesAt(tx, wanted, day);
      const accounts = await unitEditorAccounts(tx, s.meeting.councilId, wanted);
      const linked = new Set(s.delegates.map((d) => d.userId));
      const delegates = [...s.delegates];
      for (const unitId of wanted) {
        const holder = (await positionsOfOrganization(tx, unitId)).find(
          (p) => isValidOn(p, day) && !delegates.some((d) => d.personId === p.personId),
        );
        const name = names.get(unitId)?.name ?? "";
        const userId = accounts.get(unitId);
        const delegate = await inviteDelegate(
          tx,
          args.actor,
          { ...s, delegates },
          {
            personId: holder?.personId ?? null,
            fullName: holder ? null : `Đại diện ${name}`,
            post: holder ? null : name,
            unitId,
            userId: userId && !linked.has(userId) ? userId : null,
            votingRight: true,
            role: "delegate",
          },
        );
        delegates.push(delegate);
      }
      if (wanted.length > 0)
        await appendEvent(tx, s.meeting.councilId, s.meeting.id, "meeting.changed", { what: "delegates" });
      return { invited: wanted.length };
    },
  );
}
