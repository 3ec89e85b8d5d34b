import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AssessmentStatus } from "./assessments-api";

export const STATUS_ORDER: readonly AssessmentStatus[] = [
  "draft",
  "submitted",
  "reviewed",
  "explanation",
  "final",
  "published",
];

export const STATUS_COLOR: Record<AssessmentStatus, string> = {
  draft: "gray.7",
  submitted: "blue.8",
  reviewed: "indigo.8",
  explanation: "pink.9",
  final: "grape.8",
  published: "teal.9",
};

/** The assessment's state in one coloured badge: "Đang tự chấm" … "Đã công bố". */
export const AssessmentStatusBadge = ({
  status,
  size = "md",
}: {
  status: AssessmentStatus;
  size?: "md" | "lg";
}) => {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="filled" size={size}>
      {t(`scoring.status.${status}`)}
    </Badge>
  );
};
