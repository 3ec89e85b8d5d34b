import { Anchor, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { isApiError } from "../api/client";
import { formatDateTime } from "../lib/format";
import { Empty } from "../shell/empty";
import { PageHeader } from "../shell/page-header";
import { PageLoader, QueryError } from "../shell/query-state";
import {
  type NotificationItem,
  type NotificationList,
  useMarkRead,
  useNotifications,
  useReminderEmail,
} from "./notifications-api";

const Item = ({ n }: { n: NotificationItem }) => {
  const { t } = useTranslation();
  const markRead = useMarkRead();
  return (
    <Paper withBorder p="sm" radius="md" component="li" bg={n.readAt ? undefined : "blue.0"}>
      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
        <Stack gap={4} style={{ flex: "1 1 240px", minWidth: 0 }}>
          <Group gap="xs">
            <Badge color={n.kind === "deadline" ? "red.9" : "violet.9"} size="sm">
              {t(`tasks.notifications.kinds.${n.kind}`)}
            </Badge>
            {!n.readAt && (
              <Badge variant="outline" color="dark" size="sm">
                {t("tasks.notifications.unreadBadge")}
              </Badge>
            )}
          </Group>
          {n.taskId ? (
            <Anchor component={Link} to={`/nhiem-vu/${n.taskId}`} fw={600}>
              {n.title}
            </Anchor>
          ) : (
            <Text fw={600}>{n.title}</Text>
          )}
          <Text size="sm">{n.body}</Text>
          <Text size="xs" c="dimmed">
            {formatDateTime(n.createdAt)}
          </Text>
        </Stack>
        {!n.readAt && (
          <Button
            variant="light"
            size="xs"
            loading={markRead.isPending}
            onClick={() => markRead.mutate(n.id)}
            aria-label={t("tasks.notifications.markReadOf", { title: n.title })}
          >
            {t("tasks.notifications.markRead")}
          </Button>
        )}
      </Group>
    </Paper>
  );
};

const EmailForm = ({ list }: { list: NotificationList }) => {
  const { t } = useTranslation();
  const save = useReminderEmail();
  const [email, setEmail] = useState(list.email ?? "");
  const error = isApiError(save.error) ? (save.error.issues[0]?.message ?? save.error.message) : undefined;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="reminder-email">
      <Title order={2} fz="h4" id="reminder-email" mb="xs">
        {t("tasks.notifications.emailTitle")}
      </Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(email.trim() ? email.trim() : null);
        }}
      >
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            type="email"
            label={t("tasks.notifications.email")}
            description={t("tasks.notifications.emailHint")}
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={error}
            style={{ flex: "1 1 240px" }}
          />
          <Button type="submit" variant="light" loading={save.isPending}>
            {t("tasks.notifications.saveEmail")}
          </Button>
        </Group>
        {save.isSuccess && (
          <Text size="sm" c="teal.9" role="status" mt="xs">
            {t("tasks.notifications.emailSaved")}
          </Text>
        )}
      </form>
    </Paper>
  );
};

/** /thong-bao — the signed-in person's reminders (deadlines, missing progress reports), newest first. */
export const NotificationsPage = () => {
  const { t } = useTranslation();
  const list = useNotifications();
  const body = () => {
    if (list.isPending) return <PageLoader />;
    if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
    return (
      <Stack gap="md">
        {list.data.items.length === 0 ? (
          <Empty
            title={t("tasks.notifications.emptyTitle")}
            description={t("tasks.notifications.empty")}
            icon="✓"
          />
        ) : (
          <Stack
            component="ul"
            gap="sm"
            p={0}
            m={0}
            style={{ listStyle: "none" }}
            aria-label={t("tasks.notifications.title")}
          >
            {list.data.items.map((n) => (
              <Item key={n.id} n={n} />
            ))}
          </Stack>
        )}
        <EmailForm list={list.data} />
      </Stack>
    );
  };
  return (
    <>
      <PageHeader
        title={t("tasks.notifications.title")}
        subtitle={list.data ? t("tasks.notifications.unread", { n: list.data.unread }) : undefined}
      />
      {body()}
    </>
  );
};
