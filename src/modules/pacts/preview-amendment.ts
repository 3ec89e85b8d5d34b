import type { Criterion, Rules } from "../../contracts/cluster-year";
import { parseInput } from "../../contracts/parse";
import { type AmendmentImpact, amendmentPreviewInput } from "../../contracts/publication";
import type { DbOrTx } from "../../db/types";
import { forbidden } from "../../server/errors";
import type { Actor } from "../auth/actor";
import { amendmentImpact, describeImpact } from "./amendment-impact";
import { loadExistingPact } from "./load-pact";
import { managesPact } from "./policy";
import { assertValidPact } from "./validate-pact";

/**
 * What a proposed amendment of the locked pact would change, before it is saved: every assessment (draft,
 * under review, final, published) whose totals, ranks or scores would move, and the inputs it would make
 * invalid; `blocked` when saving would be refused because it changes a published result. Writes nothing.
 */
export async function previewAmendment(args: {
  db: DbOrTx;
  actor: Actor;
  clusterId: string;
  input: unknown;
}): Promise<AmendmentImpact> {
  const input = parseInput(amendmentPreviewInput, args.input);
  const { cluster, units, pact } = await loadExistingPact(args.db, args.actor, args.clusterId);
  if (!managesPact(args.actor, cluster)) throw forbidden();
  const table = assertValidPact(cluster, units, input.criteria, input.rules ?? pact.rules);
  const before = { criteria: pact.criteria as Criterion[], rules: pact.rules as Rules };
  const impact = await amendmentImpact(args.db, cluster, units, before, table);
  const published = impact.rows.filter((r) => r.published).length;
  const summary =
    impact.rows.length === 0
      ? "Sửa đổi này không làm thay đổi điểm, hạng của đơn vị nào."
      : impact.blocked
        ? `Sửa đổi này làm thay đổi kết quả đã công bố của ${published} đơn vị: chỉ lưu được sau khi Hội đồng mở lại kết quả (có lý do). ${impact.rows.map(describeImpact).join(" · ")}`
        : `Sửa đổi này làm thay đổi điểm của ${impact.rows.length} bản chấm điểm chưa công bố. ${impact.rows.map(describeImpact).join(" · ")}`;
  return { ...impact, summary };
}
