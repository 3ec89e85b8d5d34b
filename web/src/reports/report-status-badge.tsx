import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ReportStatus } from "./reports-api";

const COLOR: Record<ReportStatus, string> = {
  draft: "gray.7",
  submitted: "blue.8",
  returned: "orange.9",
  accepted: "teal.9",
};

/** A report's state in one coloured badge. */
export const ReportStatusBadge = ({ status }: { status: ReportStatus }) => {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[status]} variant="filled">
      {t(`reportsUi.reports.statuses.${status}`)}
    </Badge>
  );
};
