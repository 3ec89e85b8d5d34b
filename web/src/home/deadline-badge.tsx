import { Badge, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDate } from "../lib/format";

/** "Hạn 31/10/2020" with one badge saying how near it is: red once late, orange within a week. */
export const DeadlineBadge = ({ due, daysLeft }: { due: string | null; daysLeft: number | null }) => {
  const { t } = useTranslation();
  if (due === null || daysLeft === null) return null;
  const color = daysLeft < 0 ? "red.8" : daysLeft <= 7 ? "orange.9" : "gray.7";
  const label =
    daysLeft < 0
      ? t("todo.late", { count: -daysLeft })
      : daysLeft === 0
        ? t("todo.dueToday")
        : t("todo.daysLeft", { count: daysLeft });
  return (
    <Group gap={6} wrap="wrap">
      <Text size="sm" c="dimmed">
        {t("todo.due", { date: formatDate(due) })}
      </Text>
      <Badge color={color} variant="filled" size="sm">
        {label}
      </Badge>
    </Group>
  );
};
