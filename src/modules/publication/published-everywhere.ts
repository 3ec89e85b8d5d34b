import type { Db } from "../../db/types";
import { exportTotals, pageTotals, stageTotals, type Totals } from "../../test-support/totals-everywhere";
import type { setUpCluster } from "../assessments/test-fixtures";
import { currentRecord } from "./current-record";

type Setup = Awaited<ReturnType<typeof setUpCluster>>;

// Test support: the published totals as the council, the head, an observer and a unit read them on every page
// and export, and as the publication record holds them. Equal snapshots before and after a write show that
// the write changed no published total anywhere.

export type PublishedSnapshot = { record: Totals; seq: number | null; seen: Record<string, Totals> };

export async function publishedEverywhere(s: Setup): Promise<PublishedSnapshot> {
  const db: Db = s.db;
  const clusterId = s.cluster.id;
  const record = await currentRecord(db, clusterId);
  const units = Object.fromEntries(s.units.map((u) => [u.code, u.id]));
  const seen: Record<string, Totals> = {};
  const readers = {
    admin: s.admin.actor,
    head: s.head.actor,
    observer: s.observer.actor,
    unit: s.editors[5]!.actor,
  };
  for (const [who, actor] of Object.entries(readers)) {
    const final = await stageTotals(db, actor, clusterId, "final");
    const pages = await pageTotals(db, actor, clusterId, units);
    seen[`${who}: ranking`] = final.ranking;
    seen[`${who}: excel`] = final.excel;
    seen[`${who}: matrix`] = final.matrix ?? {};
    seen[`${who}: export`] = await exportTotals(db, actor, clusterId);
    seen[`${who}: assessment pages`] = Object.fromEntries(
      Object.entries(pages.final).filter(([code]) => record?.results.results.some((r) => r.unit === code)),
    );
  }
  return {
    record: Object.fromEntries((record?.results.results ?? []).map((r) => [r.unit, r.total])),
    seq: record?.seq ?? null,
    seen,
  };
}

/** What `seen` must be: every place, for every reader, shows the record's totals. */
export function recordEverywhere(snapshot: PublishedSnapshot): Record<string, Totals> {
  return Object.fromEntries(Object.keys(snapshot.seen).map((place) => [place, snapshot.record]));
}
