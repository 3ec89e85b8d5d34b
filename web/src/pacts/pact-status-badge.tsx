import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PactStatus } from "../../../src/contracts/pacts";

const COLOR: Record<PactStatus, string> = { draft: "gray.7", signing: "blue.8", locked: "teal.9" };

/** "Dự thảo", "Đang ký" or "Đã khóa". */
export const PactStatusBadge = ({ status }: { status: PactStatus }) => {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[status]} variant="filled" size="lg">
      {t(`pacts.status.${status}`)}
    </Badge>
  );
};
