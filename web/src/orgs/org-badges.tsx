import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { OrgKind, OrgRelation } from "../api/types";
import { formatDate, todayIso } from "../lib/format";

export const OrgKindBadge = ({ kind }: { kind: OrgKind }) => {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={kind === "council" ? "indigo" : "cyan"}>
      {kind === "council" ? t("orgs.council") : t("orgs.unit")}
    </Badge>
  );
};

/** Active today, not founded yet, or ended (with the day it ended). */
export const OrgStatusBadge = ({ validFrom, validTo }: { validFrom: string; validTo: string | null }) => {
  const { t } = useTranslation();
  const today = todayIso();
  if (validFrom > today)
    return (
      <Badge color="cyan" variant="light">
        {t("orgs.notYet", { date: formatDate(validFrom) })}
      </Badge>
    );
  if (validTo !== null && validTo < today)
    return (
      <Badge color="gray" variant="light">
        {t("orgs.ended", { date: formatDate(validTo) })}
      </Badge>
    );
  return (
    <Badge color="teal" variant="light">
      {t("orgs.active")}
    </Badge>
  );
};

const RELATION_COLOR: Record<OrgRelation, string> = { renamed: "blue", merged: "violet", split: "pink" };

/** "Đổi tên", "Sáp nhập" or "Chia tách". */
export const RelationBadge = ({ relation }: { relation: OrgRelation }) => {
  const { t } = useTranslation();
  return (
    <Badge color={RELATION_COLOR[relation]} variant="light">
      {t(`orgs.${relation}`)}
    </Badge>
  );
};
