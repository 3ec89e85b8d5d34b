import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ClusterKind, ClusterRole } from "../api/types";

const KIND_COLOR: Record<ClusterKind, string> = { cum: "blue", khoi: "grape" };

/** "Cụm" (grouped by place) or "Khối" (grouped by kind of work). */
export const KindBadge = ({ kind }: { kind: ClusterKind }) => {
  const { t } = useTranslation();
  return (
    <Badge color={KIND_COLOR[kind]} variant="light">
      {t(`kinds.${kind}`)}
    </Badge>
  );
};

const ROLE_STYLE: Record<ClusterRole, { color: string; variant: "filled" | "light" | "outline" }> = {
  head: { color: "red.9", variant: "filled" },
  deputy: { color: "indigo", variant: "light" },
  member: { color: "gray", variant: "outline" },
};

/** "Cụm trưởng", "Cụm phó" or "Thành viên". */
export const RoleBadge = ({ role }: { role: ClusterRole }) => {
  const { t } = useTranslation();
  const style = ROLE_STYLE[role];
  return (
    <Badge color={style.color} variant={style.variant}>
      {t(`roles.${role}`)}
    </Badge>
  );
};
