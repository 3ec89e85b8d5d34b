import { ActionIcon, Anchor, Badge, Indicator, Popover, Stack, Text, UnstyledButton } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { formatDateTime } from "../lib/format";
import { useLatestNotifications, useMarkRead } from "../notifications/notifications-api";

// Loaded after the first page shows (header-bar.tsx), like the account menu: the popover is not in the first download.

const BellGlyph = () => (
  <svg
    width="20"
    height="20"
    viewBox="0 0 24 24"
    aria-hidden="true"
    fill="none"
    stroke="currentColor"
    strokeWidth="2"
  >
    <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinejoin="round" />
    <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" />
  </svg>
);

/** The header's bell: unread count, the latest few reminders (opening one marks it read), a link to all. */
export const NotificationBell = () => {
  const { t } = useTranslation();
  const latest = useLatestNotifications();
  const markRead = useMarkRead();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const unread = latest.data?.unread ?? 0;
  const items = latest.data?.items ?? [];
  const open = (item: (typeof items)[number]) => {
    if (!item.readAt) markRead.mutate(item.id);
    setOpened(false);
    navigate(item.taskId ? `/nhiem-vu/${item.taskId}` : "/thong-bao");
  };
  return (
    // The count sits outside the popover's target: Popover.Target gives its child aria-expanded, which only the button may carry.
    <Indicator
      label={<span aria-hidden="true">{unread > 99 ? "99+" : unread}</span>}
      size={18}
      color="red.8"
      disabled={unread === 0}
      offset={4}
    >
      <Popover
        position="bottom-end"
        width={300}
        shadow="md"
        opened={opened}
        onChange={setOpened}
        withinPortal
      >
        <Popover.Target>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={
              unread > 0
                ? t("tasks.notifications.bell.labelUnread", { n: unread })
                : t("tasks.notifications.bell.label")
            }
            onClick={() => setOpened((o) => !o)}
          >
            <BellGlyph />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown aria-labelledby="bell-title" role="dialog" p="sm">
          <Text fw={700} size="sm" id="bell-title" mb={4}>
            {t("tasks.notifications.bell.title")}
          </Text>
          <Text size="xs" c="dimmed" mb="xs">
            {t("tasks.notifications.unread", { n: unread })}
          </Text>
          {latest.isError && (
            <Text size="sm" c="red.8">
              {t("tasks.notifications.bell.loadFailed")}
            </Text>
          )}
          {items.length === 0 && !latest.isError ? (
            <Text size="sm">{t("tasks.notifications.bell.none")}</Text>
          ) : (
            <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: "none" }}>
              {items.map((item) => (
                <li key={item.id}>
                  <UnstyledButton
                    onClick={() => open(item)}
                    p={6}
                    w="100%"
                    style={{
                      borderRadius: 4,
                      background: item.readAt ? undefined : "var(--mantine-color-blue-0)",
                    }}
                  >
                    <Text size="sm" fw={item.readAt ? 400 : 600} lineClamp={2}>
                      {item.title}
                    </Text>
                    <Text size="xs" c="dark.6">
                      {!item.readAt && (
                        <Badge size="xs" color="red.8" variant="filled" mr={6} component="span">
                          {t("tasks.notifications.unreadBadge")}
                        </Badge>
                      )}
                      {formatDateTime(item.createdAt)}
                    </Text>
                  </UnstyledButton>
                </li>
              ))}
            </Stack>
          )}
          <Anchor
            component={Link}
            to="/thong-bao"
            size="sm"
            fw={600}
            mt="xs"
            display="block"
            onClick={() => setOpened(false)}
          >
            {t("tasks.notifications.bell.all")}
          </Anchor>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
};
