import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TaskStatus } from "./tasks-api";

const COLOR: Record<TaskStatus, string> = {
  not_started: "gray.7",
  in_progress: "blue.8",
  done: "teal.9",
  overdue: "red.9",
  paused: "yellow.9",
};

/** "Chưa bắt đầu", "Đang thực hiện", "Hoàn thành", "Quá hạn" or "Tạm dừng": one coloured badge. */
export const TaskStatusBadge = ({
  status,
  size = "md",
}: {
  status: TaskStatus;
  size?: "sm" | "md" | "lg";
}) => {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[status]} variant="filled" size={size}>
      {t(`tasks.statuses.${status}`)}
    </Badge>
  );
};
