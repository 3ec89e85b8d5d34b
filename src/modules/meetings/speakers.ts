import { gistInput, requestSpeechInput, speechActionInput } from "../../contracts/meetings";
import { parseInput } from "../../contracts/parse";
import type { Db } from "../../db/types";
import { conflict, notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { appendEvent } from "./live/events";
import { changeMeeting } from "./load";
import { keepsRecord, ownDelegate } from "./policy";
import { findSpeech, insertSpeech, itemsOf, speechesOf, updateSpeech } from "./repo";

/** Puts a delegate on an item's list of speakers: they ask themselves, or the secretary adds them. */
export async function requestSpeech(args: { db: Db; actor: Actor; meetingId: string; input: unknown }) {
  const input = parseInput(requestSpeechInput, args.input);
  return changeMeeting(
    args.db,
    args.actor,
    args.meetingId,
    (s) => keepsRecord(args.actor, s) || ownDelegate(args.actor, s)?.id === input.delegateId,
    async (tx, s) => {
      if (!s.delegates.some((d) => d.id === input.delegateId)) throw notFound("Đại biểu");
      if (!(await itemsOf(tx, s.meeting.id)).some((i) => i.id === input.itemId))
        throw notFound("Mục chương trình");
      const waiting = (await speechesOf(tx, s.meeting.id)).some(
        (sp) => sp.itemId === input.itemId && sp.delegateId === input.delegateId && sp.status === "requested",
      );
      if (waiting) throw conflict("Đại biểu đã đăng ký phát biểu ở mục này.");
      const speech = await insertSpeech(tx, {
        councilId: s.meeting.councilId,
        meetingId: s.meeting.id,
        ...input,
      });
      await recordAudit(tx, args.actor, {
        councilId: s.meeting.councilId,
        action: "request_speech",
        entity: "speech",
        entityId: speech.id,
        after: input,
      });
      await appendEvent(tx, s.meeting.councilId, s.meeting.id, "speakers.changed", { itemId: input.itemId });
      return speech;
    },
  );
}

/** Starts the timer of a speech (stopping whoever spoke before), stops it, or withdraws a request. */
export async function runSpeech(args: {
  db: Db;
  actor: Actor;
  meetingId: string;
  speechId: string;
  input: unknown;
}) {
  const input = parseInput(speechActionInput, args.input);
  return changeMeeting(
    args.db,
    args.actor,
    args.meetingId,
    (s) => keepsRecord(args.actor, s),
    async (tx, s) => {
      const speech = await findSpeech(tx, s.meeting.id, args.speechId);
      if (!speech) throw notFound("Lượt phát biểu");
      const now = new Date();
      switch (input.action) {
        case "start": {
          if (speech.status !== "requested") throw conflict("Lượt phát biểu này không còn chờ.");
          for (const other of await speechesOf(tx, s.meeting.id)) {
            if (other.status === "speaking")
              await updateSpeech(tx, other.id, { status: "done", stoppedAt: now });
          }
          await updateSpeech(tx, speech.id, { status: "speaking", startedAt: now });
          await appendEvent(tx, s.meeting.councilId, s.meeting.id, "speech.started", {
            speechId: speech.id,
            delegateId: speech.delegateId,
            startedAt: now.toISOString(),
          });
          break;
        }
        case "stop":
          if (speech.status !== "speaking") throw conflict("Đại biểu này không đang phát biểu.");
          await updateSpeech(tx, speech.id, { status: "done", stoppedAt: now });
          await appendEvent(tx, s.meeting.councilId, s.meeting.id, "speech.stopped", { speechId: speech.id });
          break;
        case "withdraw":
          if (speech.status !== "requested") throw conflict("Chỉ rút được lượt đang chờ.");
          await updateSpeech(tx, speech.id, { status: "withdrawn" });
          await appendEvent(tx, s.meeting.councilId, s.meeting.id, "speakers.changed", {
            itemId: speech.itemId,
          });
          break;
        default: {
          const unknown: never = input.action;
          throw new Error(`unknown action ${unknown}`);
        }
      }
      await recordAudit(tx, args.actor, {
        councilId: s.meeting.councilId,
        action: `speech_${input.action}`,
        entity: "speech",
        entityId: speech.id,
        before: { status: speech.status },
      });
    },
  );
}

/** Records the gist of a speech for the minutes. */
export async function recordGist(args: {
  db: Db;
  actor: Actor;
  meetingId: string;
  speechId: string;
  input: unknown;
}) {
  const input = parseInput(gistInput, args.input);
  return changeMeeting(
    args.db,
    args.actor,
    args.meetingId,
    (s) => keepsRecord(args.actor, s),
    async (tx, s) => {
      const speech = await findSpeech(tx, s.meeting.id, args.speechId);
      if (!speech) throw notFound("Lượt phát biểu");
      await updateSpeech(tx, speech.id, { gist: input.gist });
      await recordAudit(tx, args.actor, {
        councilId: s.meeting.councilId,
        action: "gist",
        entity: "speech",
        entityId: speech.id,
        before: { gist: speech.gist },
        after: { gist: input.gist },
      });
    },
  );
}
