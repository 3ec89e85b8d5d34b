import { ActionIcon, Button, Card, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Empty } from "../shell/empty";
import { ItemForm } from "./item-form";
import type { AgendaItem, MeetingView } from "./meetings-api";
import { usePrepAction } from "./prep-api";
import { PrepError } from "./stale-alert";

/** The agenda while the meeting is prepared: add, edit, move up or down, remove; each change sends the version. */
export const AgendaEditor = ({ view }: { view: MeetingView }) => {
  const { t } = useTranslation();
  const act = usePrepAction(view.meeting.id);
  const [editing, setEditing] = useState<AgendaItem | "new" | null>(null);
  const items = view.agenda;
  const version = view.meeting.version;
  const presenter = (id: string | null) => view.delegates.find((d) => d.id === id);
  const move = (from: number, to: number) => {
    const ids = items.map((i) => i.id);
    const [moved] = ids.splice(from, 1);
    if (!moved) return;
    ids.splice(to, 0, moved);
    act.mutate({ path: "/agenda-order", method: "PUT", body: { version, itemIds: ids } });
  };
  const remove = (item: AgendaItem) => {
    if (!window.confirm(t("meetprep.agenda.removeConfirm", { title: item.title }))) return;
    act.mutate({ path: `/agenda/${item.id}?version=${version}`, method: "DELETE" });
  };
  const total = items.reduce((sum, i) => sum + i.plannedMinutes, 0);
  return (
    <Stack gap="sm" component="section" aria-labelledby="agenda-editor">
      <Group justify="space-between" wrap="wrap">
        <Title order={3} size="h4" id="agenda-editor">
          {t("meetprep.agenda.title")}
        </Title>
        <Button size="xs" onClick={() => setEditing("new")}>
          {t("meetprep.agenda.add")}
        </Button>
      </Group>
      {items.length === 0 ? (
        <Empty title={t("meetprep.agenda.title")} description={t("meetprep.agenda.empty")} order={3} />
      ) : (
        <Stack gap="xs" component="ol" aria-label={t("meetprep.agenda.listLabel")} p={0} m={0}>
          {items.map((item, i) => (
            <Card key={item.id} withBorder padding="xs" component="li" style={{ listStyle: "none" }}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Text fw={600}>
                    {item.position}. {item.title}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t("meetings.minutesPlanned", { n: item.plannedMinutes })}
                    {item.presenterDelegateId &&
                      ` · ${t("meetings.presenter")}: ${presenter(item.presenterDelegateId)?.fullName ?? ""}`}
                  </Text>
                  {item.documents.length > 0 && (
                    <Text size="sm">
                      {t("meetings.documents")}: {item.documents.map((d) => d.label).join("; ")}
                    </Text>
                  )}
                </Stack>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon
                    variant="default"
                    aria-label={t("meetprep.agenda.up", { title: item.title })}
                    disabled={i === 0 || act.isPending}
                    onClick={() => move(i, i - 1)}
                  >
                    ↑
                  </ActionIcon>
                  <ActionIcon
                    variant="default"
                    aria-label={t("meetprep.agenda.down", { title: item.title })}
                    disabled={i === items.length - 1 || act.isPending}
                    onClick={() => move(i, i + 1)}
                  >
                    ↓
                  </ActionIcon>
                  <ActionIcon
                    variant="default"
                    aria-label={t("meetprep.agenda.edit", { title: item.title })}
                    onClick={() => setEditing(item)}
                  >
                    ✎
                  </ActionIcon>
                  <ActionIcon
                    variant="default"
                    color="red.8"
                    aria-label={t("meetprep.agenda.remove", { title: item.title })}
                    disabled={act.isPending}
                    onClick={() => remove(item)}
                  >
                    ✕
                  </ActionIcon>
                </Group>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      {items.length > 0 && <Text size="sm">{t("meetprep.agenda.total", { n: total })}</Text>}
      <PrepError error={act.error} meetingId={view.meeting.id} onReload={() => act.reset()} />
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        closeButtonProps={{ "aria-label": t("common.close") }}
        title={
          editing === "new" || editing === null
            ? t("meetprep.agenda.addTitle")
            : t("meetprep.agenda.editTitle", { n: editing.position })
        }
      >
        {editing !== null && (
          <ItemForm
            view={view}
            item={editing === "new" ? undefined : editing}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
};
