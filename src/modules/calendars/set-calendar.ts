import type { ClusterCalendar } from "../../contracts/calendars";
import { setCalendarBody } from "../../contracts/calendars";
import { parseInput } from "../../contracts/parse";
import type { Db } from "../../db/types";
import { AppError, forbidden, notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import { type Actor, isCouncilAdmin } from "../auth/actor";
import { findClusterWithMembers } from "../clusters/find-cluster";
import { canSeeCluster } from "../clusters/policy";
import { effectiveCalendar } from "./present";
import { findCalendar, writeCalendarIfVersion } from "./repo";

const shown = new Intl.DateTimeFormat("vi-VN", {
  timeZone: "UTC",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
});
const vi = (iso: string) => shown.format(new Date(`${iso}T00:00:00Z`));

/** The council sets a cluster-year's deadlines; a stale version is 409 naming the dates someone else saved. */
export async function setCalendar(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
  input: unknown;
}): Promise<ClusterCalendar> {
  const { version, ...dates } = parseInput(setCalendarBody, args.input);
  return args.db.transaction(async (tx) => {
    const found = await findClusterWithMembers(tx, args.clusterId);
    if (!found || !canSeeCluster(args.actor, found.cluster, found.members)) throw notFound("Cụm thi đua");
    const { cluster } = found;
    if (!isCouncilAdmin(args.actor, cluster.councilId)) throw forbidden();
    const before = await findCalendar(tx, cluster.id);
    const saved =
      (before?.version ?? 0) === version
        ? await writeCalendarIfVersion(
            tx,
            { clusterId: cluster.id, councilId: cluster.councilId },
            version,
            dates,
            args.actor.kind === "user" ? args.actor.userId : null,
          )
        : undefined;
    if (!saved) {
      const now = await findCalendar(tx, cluster.id);
      const message = now
        ? `Lịch của cụm đã được người khác lưu sau khi bạn mở trang: hạn ký giao ước ${vi(now.pactSignedBy)}, hạn tự chấm ${vi(now.selfAssessmentDue)}, hạn thẩm định ${vi(now.reviewDue)}, hội nghị ${vi(now.conferenceOn)} (phiên bản ${now.version}). Hãy xem lại rồi lưu lại.`
        : "Lịch của cụm đã thay đổi sau khi bạn mở trang. Hãy tải lại rồi thử lại.";
      throw new AppError("conflict", 409, message, [{ path: "version", message }]);
    }
    await recordAudit(tx, args.actor, {
      councilId: cluster.councilId,
      action: before ? "update" : "create",
      entity: "cluster_calendar",
      entityId: cluster.id,
      before: before
        ? {
            pactSignedBy: before.pactSignedBy,
            selfAssessmentDue: before.selfAssessmentDue,
            reviewDue: before.reviewDue,
            conferenceOn: before.conferenceOn,
          }
        : null,
      after: dates,
    });
    return effectiveCalendar(cluster, saved, true);
  });
}
