import { Alert, Button, List, Modal, SegmentedControl, Stack, Text } from "@mantine/core";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { type ApiError, isApiError } from "../api/client";
import { FileDrop } from "../shell/file-drop";
import { IssueList } from "../shell/issue-list";
import { type SheetImport, type SheetStage, sheetValueCount, useImportSheet } from "./exchange-api";

const MAX_SHEET_BYTES = 5 * 1024 * 1024;

type SheetImportProps = {
  clusterId: string;
  /** The unit or cluster the sheet is for, in the dialog's title. */
  name: string;
  /** The stages this user may save now (from the assessment's `can`); the first is chosen. */
  stages: readonly SheetStage[];
};

const Result = ({ result }: { result: SheetImport }) => {
  const { t } = useTranslation();
  const count = sheetValueCount(result);
  return (
    <Alert color={result.saved ? "teal" : "yellow"} role="status">
      <Text size="sm" fw={600}>
        {result.saved
          ? t("exchange.sheetSaved", { count, n: result.units.length })
          : t("exchange.sheetNotSaved", { count })}
      </Text>
      <List size="sm" mt={4}>
        {result.units.map((u) => (
          <List.Item key={u.unitId}>{t("exchange.sheetUnit", { unit: u.unit, sheet: u.sheet })}</List.Item>
        ))}
      </List>
    </Alert>
  );
};

/** "Nhập phiếu chấm đã điền": upload with progress, every located problem listed, the saved values counted. */
export const SheetImportButton = ({ clusterId, name, stages }: SheetImportProps) => {
  const { t } = useTranslation();
  const stageLabel = useId();
  const [open, setOpen] = useState(false);
  const [stage, setStage] = useState<SheetStage>(stages[0] ?? "self");
  const [result, setResult] = useState<SheetImport | null>(null);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const importSheet = useImportSheet(clusterId);
  if (stages.length === 0) return null;

  const upload = async (file: File, onProgress: (p: number) => void) => {
    setResult(null);
    setRefusal(null);
    try {
      setResult(await importSheet.mutateAsync({ file, stage, onProgress }));
    } catch (error) {
      if (isApiError(error)) setRefusal(error);
      throw error;
    }
  };

  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)}>
        {t("exchange.sheetImport")}
      </Button>
      <Modal
        closeButtonProps={{ "aria-label": t("common.close") }}
        opened={open}
        onClose={() => setOpen(false)}
        title={t("exchange.sheetImportTitle", { name })}
        size="lg"
        centered
      >
        <Stack gap="sm">
          <Text size="sm">{t("exchange.sheetImportText")}</Text>
          {stages.length > 1 && (
            <Stack gap={4}>
              <Text size="sm" fw={500} id={stageLabel}>
                {t("exchange.sheetStage")}
              </Text>
              <SegmentedControl
                aria-labelledby={stageLabel}
                value={stage}
                onChange={(v) => setStage(v === "review" ? "review" : "self")}
                data={stages.map((s) => ({
                  value: s,
                  label: t(s === "self" ? "exchange.stageSelf" : "exchange.stageReview"),
                }))}
                style={{ alignSelf: "flex-start" }}
              />
            </Stack>
          )}
          <FileDrop
            label={t("exchange.sheetDrop")}
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            maxBytes={MAX_SHEET_BYTES}
            upload={upload}
          />
          {refusal?.status === 409 && (
            <Alert color="orange" role="alert">
              {t("exchange.staleSheet")}
            </Alert>
          )}
          {refusal && <IssueList issues={refusal.issues} />}
          {result && <Result result={result} />}
        </Stack>
      </Modal>
    </>
  );
};
