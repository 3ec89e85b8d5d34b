import {
  type ClusterYear,
  RANKING_FORMAT,
  type RankingV1,
  type UnitResult,
} from "../../contracts/cluster-year";
import { toNumber } from "./decimal";
import { rankUnits, standing } from "./rank";
import { computeSheet } from "./totals";

/** Ranks a valid cluster-year file (see parseClusterYear) into `thidua.ranking/v1`. Pure. */
export function scoreClusterYear(file: ClusterYear): RankingV1 {
  const sheet = computeSheet(file);
  const { band, eligible } = standing(file.rules);
  const results = rankUnits(file, sheet).map(({ unit: u, rank }): UnitResult => {
    const unit = file.units[u]!;
    const scores: Record<string, number> = {};
    for (let k = 0; k < sheet.codes.length; k++) scores[sheet.codes[k]!] = toNumber(sheet.columns[k]![u]!);
    const total = sheet.total[u]!;
    return {
      rank,
      unit: unit.code,
      name: unit.name,
      total: toNumber(total),
      base: toNumber(sheet.base[u]!),
      bonus: toNumber(sheet.bonus[u]!),
      penalty: toNumber(sheet.penalty[u]!),
      band: band(total),
      eligibleForLeading: eligible(total),
      scores,
    };
  });
  return { format: RANKING_FORMAT, cluster: file.cluster.code, year: file.year, results };
}
