import type { TFunction } from "i18next";
import type { AccountGrant } from "./accounts-api";

/**
 * "Biên tập viên · Ban Tuyên giáo Thành ủy Uông Bí", "Cụm trưởng · Cụm 1 (2021)", "Quan sát": the role with the
 * unit or cluster it is for. A cluster is named by its short name when the page knows it (clusterShort).
 */
export const grantLabel = (
  t: TFunction,
  grant: AccountGrant,
  clusterShort: ReadonlyMap<string, string> = new Map(),
): string => {
  const role = t(`accounts.roleNames.${grant.role}`);
  if (grant.role === "cluster_head" && grant.clusterId) {
    const name = clusterShort.get(grant.clusterId) ?? grant.clusterName ?? "";
    const cluster = grant.clusterYear ? t("accounts.clusterLabel", { name, year: grant.clusterYear }) : name;
    return cluster ? `${role} · ${cluster}` : role;
  }
  return grant.unitName ? `${role} · ${grant.unitName}` : role;
};
