import { Button, Group, Modal, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useErrorText } from "../api/error-text";
import type { ClusterDetail } from "../api/types";
import { useCloneCluster } from "./clusters-api";

/** "Nhân bản sang năm sau": asks first, then opens the new cluster. Shown only when the server says canClone. */
export const CloneClusterButton = ({ cluster }: { cluster: ClusterDetail }) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [opened, { open, close }] = useDisclosure(false);
  const clone = useCloneCluster(cluster.id);
  const next = cluster.year + 1;

  const confirm = () =>
    clone.mutate(next, {
      onSuccess: (created) => {
        close();
        notifications.show({
          color: "teal",
          title: t("clusters.cloneDone"),
          message: t("clusters.cloneDoneText", { name: created.name, year: created.year }),
        });
        navigate(`/cum/${created.id}?year=${created.year}`);
      },
      onError: (error) => {
        close();
        notifications.show({ color: "red", title: t("clusters.cloneFailed"), message: errorText(error) });
      },
    });

  return (
    <>
      <Button onClick={open}>{t("clusters.clone")}</Button>
      <Modal
        closeButtonProps={{ "aria-label": t("common.close") }}
        opened={opened}
        onClose={close}
        title={t("clusters.cloneTitle", { year: next })}
        centered
      >
        <Text size="sm" mb="lg">
          {t("clusters.cloneText", { name: cluster.name, year: cluster.year, next })}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={clone.isPending}>
            {t("common.cancel")}
          </Button>
          <Button onClick={confirm} loading={clone.isPending}>
            {t("clusters.cloneConfirm")}
          </Button>
        </Group>
      </Modal>
    </>
  );
};
