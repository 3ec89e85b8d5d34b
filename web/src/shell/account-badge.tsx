import { Avatar, Group, Text } from "@mantine/core";

/** The signed-in person's initials and name, as the account menu's button shows them. */
export const AccountBadge = ({ name }: { name: string }) => (
  <Group gap={6} wrap="nowrap">
    <Avatar name={name} color="initials" size="sm" />
    <Text size="sm" fw={500} visibleFrom="md" truncate maw={220}>
      {name}
    </Text>
  </Group>
);
