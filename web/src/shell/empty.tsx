import { EmptyState } from "@mantine/core";
import type { ReactNode } from "react";

type EmptyProps = {
  title: string;
  description?: ReactNode;
  icon?: ReactNode;
  action?: ReactNode;
  order?: 1 | 2 | 3;
};

/** "Nothing here yet", said kindly, with the title as a real heading. */
export const Empty = ({ title, description, icon, action, order = 2 }: EmptyProps) => (
  <EmptyState variant="light" size="lg" py="xl">
    {icon && <EmptyState.Indicator aria-hidden>{icon}</EmptyState.Indicator>}
    <EmptyState.Title order={order}>{title}</EmptyState.Title>
    {description && <EmptyState.Description>{description}</EmptyState.Description>}
    {action && <EmptyState.Actions>{action}</EmptyState.Actions>}
  </EmptyState>
);
