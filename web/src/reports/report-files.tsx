import { Alert, Button, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useErrorText } from "../api/error-text";
import { FileDrop } from "../shell/file-drop";
import { FileTable, type ListedFile } from "../shell/file-table";
import { type ReportDetail, reportFileHref, useAttachReportFile, useDeleteReportFile } from "./reports-api";

const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPT = ".pdf,.jpg,.jpeg,.png,.gif,.webp,.doc,.docx,.xls,.xlsx";

/** The report's attachments: each downloads; the unit's editor adds and removes them until it is accepted. */
export const ReportFiles = ({ report }: { report: ReportDetail }) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const attach = useAttachReportFile(report.id);
  const remove = useDeleteReportFile(report.id);
  const [removing, setRemoving] = useState<ListedFile | null>(null);
  const close = () => {
    setRemoving(null);
    remove.reset();
  };
  return (
    <Stack gap="xs" component="section" aria-labelledby="report-files">
      <Title order={2} fz="h4" id="report-files">
        {t("reportsUi.reports.files")}
      </Title>
      {report.files.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("reportsUi.reports.noFiles")}
        </Text>
      ) : (
        <FileTable
          files={report.files}
          href={(f) => reportFileHref(report.id, f.id)}
          label={t("reportsUi.files.tableLabel")}
          {...(report.can.attach ? { onDelete: setRemoving } : {})}
        />
      )}
      {report.can.attach && (
        <FileDrop
          label={t("reportsUi.files.drop")}
          accept={ACCEPT}
          maxBytes={MAX_BYTES}
          multiple
          upload={(file, onProgress) => attach.mutateAsync({ file, onProgress })}
        />
      )}
      <Modal
        opened={removing !== null}
        onClose={close}
        title={t("reportsUi.files.removeTitle")}
        closeButtonProps={{ "aria-label": t("common.close") }}
        centered
      >
        <Text size="sm" mb="md">
          {t("reportsUi.files.removeText", { name: removing?.name ?? "" })}
        </Text>
        {remove.isError && (
          <Alert color="red" role="alert" mb="md">
            {errorText(remove.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={remove.isPending}>
            {t("common.cancel")}
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() => removing && remove.mutate(removing.id, { onSuccess: close })}
          >
            {t("reportsUi.files.removeConfirm")}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
};
