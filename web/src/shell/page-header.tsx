import { Group, Stack, Text, Title } from "@mantine/core";
import { type ReactNode, useEffect } from "react";

/** Sets the browser tab's title to "<page> · thidua". */
export const useDocumentTitle = (title: string): void => {
  useEffect(() => {
    document.title = title ? `${title} · thidua` : "thidua";
  }, [title]);
};

type PageHeaderProps = { title: string; subtitle?: ReactNode; badges?: ReactNode; actions?: ReactNode };

/** The page's one h1, with an optional subtitle, badges and actions. */
export const PageHeader = ({ title, subtitle, badges, actions }: PageHeaderProps) => {
  useDocumentTitle(title);
  return (
    <Group justify="space-between" align="flex-start" mb="lg" gap="sm">
      <Stack gap={4} style={{ minWidth: 0, flex: "1 1 320px" }}>
        {badges && <Group gap="xs">{badges}</Group>}
        <Title order={1} fz={{ base: "h3", sm: "h2" }}>
          {title}
        </Title>
        {subtitle && (
          <Text c="dimmed" size="sm">
            {subtitle}
          </Text>
        )}
      </Stack>
      {actions && <Group gap="xs">{actions}</Group>}
    </Group>
  );
};
