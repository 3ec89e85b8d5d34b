import { createHash } from "node:crypto";
import type { Db } from "../../db/types";
import type { Actor } from "../auth/actor";
import { clusterEntry } from "../rankings/load-ranking";
import {
  presentAssessment,
  type ReadableAssessment,
  readableAssessment,
  unitScoresOf,
} from "./get-assessment";
import { actorId } from "./load-context";
import { type PageBasis, pageBasis, sameBasis } from "./page-basis";

/** The page's JSON body (`{ data }`) as bytes, and an ETag naming exactly these bytes. */
export type AssessmentBody = { bytes: Uint8Array<ArrayBuffer>; etag: string };

// The page is a pure function of the cluster's data version (its cache entry) and of how the actor stands
// towards the unit: so its serialised bytes are built once per version and per kind of reader, and served
// as they are. Bounded by size, least recently used first out; an entry left behind by a write is never
// asked for again (the key names the entry) and ages out. After a write, a reader whose page did not change
// (another unit saved, and this unit's rows and results are as they were) gets the bytes of the version
// before, so a save rebuilds the pages it changed, not every page of the cluster.
const MAX_BYTES = 32 * 1024 * 1024;
type Stored = { body: AssessmentBody; basis: PageBasis };
const bodies = new Map<string, Stored>();
const inFlight = new Map<string, Promise<Stored>>();
let heldBytes = 0;
const entryIds = new WeakMap<object, number>();
let nextEntryId = 0;

/** Counters for the benchmark's hit rate. */
export const bodyCacheStats = { hits: 0, misses: 0, reused: 0 };

/** One unit's assessment page, authorised (404 as `getAssessment`), served from bytes built once per version. */
export async function assessmentBody(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
  unitId: string;
  signal?: AbortSignal;
}): Promise<AssessmentBody> {
  const read = await readableAssessment(args);
  const reader = readerKey(read);
  const key = `${entryId(read)}|${reader}`;
  const hit = bodies.get(key);
  if (hit) {
    bodyCacheStats.hits++;
    bodies.delete(key);
    bodies.set(key, hit);
    return hit.body;
  }
  bodyCacheStats.misses++;
  // Readers arriving together after a write build the bytes once.
  let building = inFlight.get(key);
  if (!building) {
    building = build(read, reader).finally(() => inFlight.delete(key));
    inFlight.set(key, building);
  }
  const stored = await building;
  remember(key, stored);
  return stored.body;
}

async function build(read: ReadableAssessment, reader: string): Promise<Stored> {
  const scores = await unitScoresOf(read);
  const basis = pageBasis(read, scores);
  const earlier = earlierBody(read, reader);
  if (earlier && sameBasis(earlier.basis, basis)) {
    bodyCacheStats.reused++;
    return { body: earlier.body, basis };
  }
  const bytes = new TextEncoder().encode(JSON.stringify({ data: await presentAssessment(read, scores) }));
  const etag = `"a-${createHash("sha256").update(bytes).digest("base64url").slice(0, 32)}"`;
  return { body: { bytes, etag }, basis };
}

/** This reader's page at the version the current one replaced, if it was built. */
function earlierBody(read: ReadableAssessment, reader: string): Stored | undefined {
  const previous = clusterEntry(read.ctx).previous;
  const id = previous && entryIds.get(previous);
  return id === undefined ? undefined : bodies.get(`${id}|${reader}`);
}

function entryId(read: ReadableAssessment): number {
  const entry = clusterEntry(read.ctx);
  let id = entryIds.get(entry);
  if (id === undefined) {
    id = nextEntryId++;
    entryIds.set(entry, id);
  }
  return id;
}

/**
 * Everything of the actor the page depends on: the unit, the relation (what it may do), which units' drafts
 * and self-scores it sees (the ranking's access), and whether it uploaded some of the unit's evidence (it
 * may delete its own files).
 */
function readerKey(read: ReadableAssessment): string {
  const { rel, ctx, unit, assessment, page } = read;
  const me = actorId(read.actor);
  const evidence = assessment ? (page.evidence.get(assessment.id) ?? []) : [];
  const uploader = me !== null && evidence.some((e) => e.uploaderId === me) ? me : "-";
  const flags = [rel.admin, rel.head, rel.ownEditor, rel.ownStaff, rel.crossScorer, rel.member, rel.observer]
    .map((b) => (b ? 1 : 0))
    .join("");
  const own = [...ctx.access.ownUnits].sort().join(",");
  return `${unit.unitId}|${flags}|${ctx.access.seeDraft ? 1 : 0}|${own}|${uploader}`;
}

function remember(key: string, stored: Stored): void {
  const previous = bodies.get(key);
  if (previous) heldBytes -= previous.body.bytes.byteLength;
  bodies.delete(key);
  bodies.set(key, stored);
  heldBytes += stored.body.bytes.byteLength;
  for (const [oldKey, old] of bodies) {
    if (heldBytes <= MAX_BYTES) break;
    bodies.delete(oldKey);
    heldBytes -= old.body.bytes.byteLength;
  }
}
