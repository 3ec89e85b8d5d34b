import { Alert, Button, Group, List, Modal, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import type { ApiError } from "../api/client";
import { CriteriaTable } from "./criteria-table";
import { toDraft } from "./criteria-tree";
import type { PactView } from "./pacts-api";

type ConflictAlertProps = {
  error: ApiError;
  latest: PactView;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
};

/** "Người khác vừa lưu…": what they changed, their table to look at, and the choice — this edit is never lost. */
export const ConflictAlert = ({ error, latest, onKeepMine, onTakeTheirs }: ConflictAlertProps) => {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const changes = error.issues.filter((i) => i.path !== "version");
  return (
    <Alert color="orange" title={t("pacts.conflictTitle")} role="alert">
      <Stack gap="xs">
        <Text size="sm">{error.message}</Text>
        {changes.length > 0 && (
          <List size="sm">
            {changes.map((c) => (
              <List.Item key={`${c.path}-${c.message}`}>{c.message}</List.Item>
            ))}
          </List>
        )}
        <Text size="sm">{t("pacts.conflictKept", { version: latest.version })}</Text>
        <Group gap="xs">
          <Button size="xs" variant="white" color="orange" onClick={open}>
            {t("pacts.conflictView", { version: latest.version })}
          </Button>
          <Button size="xs" color="orange" onClick={onKeepMine}>
            {t("pacts.conflictKeepMine")}
          </Button>
          <Button size="xs" variant="default" onClick={onTakeTheirs}>
            {t("pacts.conflictTakeTheirs")}
          </Button>
        </Group>
      </Stack>
      <Modal
        closeButtonProps={{ "aria-label": t("common.close") }}
        opened={opened}
        onClose={close}
        size="xl"
        title={t("pacts.conflictView", { version: latest.version })}
      >
        <CriteriaTable
          nodes={toDraft(latest.criteria)}
          label={t("pacts.latestTable")}
          bonusCap={latest.rules.bonusCap}
        />
      </Modal>
    </Alert>
  );
};
