import { Alert, Badge, Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useErrorText } from "../api/error-text";
import { formatDate } from "../lib/format";
import { type PublicationResponse, usePublication, usePublishCluster } from "./publication-api";

const COLOR = { published: "teal", unpublished: "gray", reopened: "orange" } as const;

const PublishModal = ({ data, onClose }: { data: PublicationResponse; onClose: () => void }) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const publish = usePublishCluster(data.clusterId);
  const [note, setNote] = useState("");
  const versions = Object.fromEntries(data.units.map((u) => [u.unitId, u.version]));
  const confirm = () =>
    publish.mutate(
      { versions, note: note.trim() || null },
      {
        onSuccess: () => {
          notifications.show({ color: "teal", message: t("ranking.publication.done") });
          onClose();
        },
      },
    );
  return (
    <Modal
      closeButtonProps={{ "aria-label": t("common.close") }}
      opened
      onClose={onClose}
      title={t("ranking.publication.publishTitle")}
      centered
    >
      <Stack>
        <Text size="sm">{t("ranking.publication.publishText")}</Text>
        <Textarea
          label={t("ranking.publication.note")}
          autosize
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        {publish.isError && (
          <Alert color="red" variant="light">
            {errorText(publish.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("ranking.publication.cancel")}
          </Button>
          <Button onClick={confirm} loading={publish.isPending}>
            {t("ranking.publication.confirm")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};

/** Where the cluster's publication stands, and, for the council, the one act that publishes every unit. */
export const PublicationPanel = ({ clusterId }: { clusterId: string }) => {
  const { t } = useTranslation();
  const publication = usePublication(clusterId);
  const [open, setOpen] = useState(false);
  const data = publication.data;
  if (!data) return null;
  const label =
    data.state === "published"
      ? t("ranking.publication.published", { date: formatDate(data.publishedAt) })
      : t(`ranking.publication.${data.state}`);
  const manages = data.units.length > 0;
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Badge color={COLOR[data.state]} size="lg" variant="light">
          {label}
        </Badge>
        {manages && data.state !== "published" && (
          <Button size="xs" disabled={!data.canPublish} onClick={() => setOpen(true)}>
            {t("ranking.publication.publish")}
          </Button>
        )}
      </Group>
      {manages && data.state !== "published" && data.notFinal.length > 0 && (
        <Text size="sm" c="dimmed">
          {t("ranking.publication.waiting", { units: data.notFinal.join(", ") })}
        </Text>
      )}
      {open && <PublishModal data={data} onClose={() => setOpen(false)} />}
    </Stack>
  );
};
