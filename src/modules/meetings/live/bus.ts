import pg from "pg";
import type { Db } from "../../../db/types";
import { eventsAfter, type MeetingEvent, NOTIFY_CHANNEL } from "./events";

type Listener = (event: MeetingEvent) => void;

/**
 * Fans a meeting's new events out to this process's live-view connections. Woken in-process after a local
 * commit (enough on PGlite: one process) and by PostgreSQL NOTIFY from any process sharing the database.
 * Each wake reads the events after the last one delivered, once per meeting, whatever the number of clients.
 */
class MeetingHub {
  private listeners = new Set<Listener>();
  private reading: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly db: Db,
    private readonly meetingId: string,
    private lastId: number,
  ) {}

  add(listener: Listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get size() {
    return this.listeners.size;
  }

  wake() {
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = this.read().finally(() => {
      this.reading = null;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    });
  }

  private async read() {
    try {
      const events = await eventsAfter(this.db, this.meetingId, this.lastId);
      for (const e of events) {
        this.lastId = e.id;
        for (const l of this.listeners) l(e);
      }
    } catch (err) {
      console.error("Hội nghị: không đọc được sự kiện trực tiếp", (err as Error).message);
    }
  }
}

type Bus = { hubs: Map<string, MeetingHub>; listener: pg.Client | null };
const buses = new WeakMap<Db, Bus>();

function busOf(db: Db): Bus {
  let bus = buses.get(db);
  if (!bus) {
    bus = { hubs: new Map(), listener: null };
    buses.set(db, bus);
    void listenOnPostgres(db, bus);
  }
  return bus;
}

/** On PostgreSQL, one dedicated connection per process LISTENs; PGlite needs none (one process). */
async function listenOnPostgres(db: Db, bus: Bus) {
  const client = (db as unknown as { $client?: unknown }).$client;
  if (!(client instanceof pg.Pool)) return;
  const listener = new pg.Client({ connectionString: client.options.connectionString });
  listener.on("error", (err) => console.error("Hội nghị: mất kết nối LISTEN", err.message));
  listener.on("notification", (msg) => {
    if (msg.channel === NOTIFY_CHANNEL && msg.payload) bus.hubs.get(msg.payload)?.wake();
  });
  bus.listener = listener;
  try {
    await listener.connect();
    await listener.query(`LISTEN ${NOTIFY_CHANNEL}`);
  } catch (err) {
    console.error("Hội nghị: không LISTEN được", (err as Error).message);
  }
}

/** Subscribes to a meeting's events after `fromId` (Last-Event-ID); returns the unsubscribe function. */
export function subscribe(db: Db, meetingId: string, fromId: number, listener: Listener): () => void {
  const bus = busOf(db);
  let hub = bus.hubs.get(meetingId);
  if (!hub) {
    hub = new MeetingHub(db, meetingId, fromId);
    bus.hubs.set(meetingId, hub);
  }
  let delivered = fromId;
  // A late joiner with an older Last-Event-ID catches up on its own; the hub only sends what is newer.
  const guarded: Listener = (e) => {
    if (e.id <= delivered) return;
    delivered = e.id;
    listener(e);
  };
  const remove = hub.add(guarded);
  void eventsAfter(db, meetingId, fromId).then((missed) => {
    for (const e of missed) guarded(e);
  });
  return () => {
    remove();
    if (hub.size === 0) bus.hubs.delete(meetingId);
  };
}

/** Wakes this process's subscribers of a meeting after a local commit. */
export function publishLocal(db: Db, meetingId: string) {
  buses.get(db)?.hubs.get(meetingId)?.wake();
}

/** Closes the LISTEN connection (tests, shutdown). */
export async function closeLiveBus(db: Db) {
  const bus = buses.get(db);
  buses.delete(db);
  await bus?.listener?.end().catch(() => {});
}
