import {
  Alert,
  Button,
  CloseButton,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ScoredCriterion } from "../../../src/contracts/cluster-year";
import { isApiError } from "../api/client";
import { useErrorText } from "../api/error-text";
import { usePact } from "../pacts/pacts-api";
import { IssueList } from "../shell/issue-list";
import { useUnloadGuard } from "../shell/leave-guard";
import { type AssessmentDetail, useMove } from "./assessments-api";
import { checkOverrides, type OverrideDraft, type OverrideErrors, overrideIssues } from "./override-rows";
import { asScoreValue, describeValue, scoredByCode, ValueInput } from "./value-input";

type RowProps = {
  row: OverrideDraft;
  assessment: AssessmentDetail;
  byCode: Map<string, ScoredCriterion>;
  errors: OverrideErrors | undefined;
  onChange: (patch: Partial<OverrideDraft>) => void;
  onRemove: () => void;
};

const OverrideRow = ({ row, assessment, byCode, errors, onChange, onRemove }: RowProps) => {
  const { t } = useTranslation();
  const criterion = byCode.get(row.criterionCode);
  const current = assessment.criteria.find((c) => c.code === row.criterionCode);
  const code = row.criterionCode || "…";
  return (
    <Paper withBorder p="sm" radius="md" role="group" aria-label={t("exchange.overrides.value", { code })}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-end" wrap="nowrap">
          <NativeSelect
            label={t("exchange.overrides.criterion")}
            value={row.criterionCode}
            onChange={(e) => onChange({ criterionCode: e.currentTarget.value, value: null })}
            data={[
              { value: "", label: t("exchange.overrides.pick") },
              ...assessment.criteria
                .filter((c) => !c.isGroup && byCode.has(c.code))
                .map((c) => ({ value: c.code, label: `${c.code}. ${c.title}` })),
            ]}
            error={errors?.criterionCode}
            style={{ flex: 1 }}
          />
          <CloseButton aria-label={t("exchange.overrides.remove", { code })} onClick={onRemove} mb={4} />
        </Group>
        {current && (
          <Text size="xs" c="dimmed">
            {t("exchange.overrides.current", {
              self: describeValue(asScoreValue(current.self.value), t),
              reviewed: describeValue(asScoreValue(current.reviewed.value), t),
            })}
          </Text>
        )}
        {criterion && (
          <ValueInput
            criterion={criterion}
            value={row.value}
            onChange={(value) => onChange({ value })}
            label={t("exchange.overrides.value", { code })}
            error={errors?.value}
          />
        )}
        <Textarea
          label={t("exchange.overrides.reason", { code })}
          required
          autosize
          minRows={2}
          value={row.reason}
          onChange={(e) => onChange({ reason: e.currentTarget.value })}
          error={errors?.reason}
        />
      </Stack>
    </Paper>
  );
};

type FinalizeModalProps = { assessment: AssessmentDetail; opened: boolean; onClose: () => void };

/**
 * "Chốt điểm" with optional overrides: each a criterion, its final value and a required reason. Kept while
 * the dialog is closed and reopened, and cleared only once the server has agreed the final score.
 */
export const FinalizeModal = ({ assessment, opened, onClose }: FinalizeModalProps) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const pact = usePact(assessment.clusterId);
  const run = useMove(assessment.clusterId, assessment.unitId);
  const [note, setNote] = useState("");
  const [rows, setRows] = useState<OverrideDraft[]>([]);
  const [nextKey, setNextKey] = useState(1);
  const [checked, setChecked] = useState<Map<number, OverrideErrors>>(new Map());
  useUnloadGuard(rows.length > 0 || note.trim() !== "");
  const byCode = scoredByCode(pact.data?.pact?.criteria ?? []);
  const server = overrideIssues(rows, isApiError(run.error) ? run.error.issues : []);

  const change = (key: number, patch: Partial<OverrideDraft>) => {
    setRows((list) => list.map((r) => (r.key === key ? { ...r, ...patch } : r)));
    setChecked((m) => {
      const next = new Map(m);
      next.delete(key);
      return next;
    });
  };
  const add = () => {
    setRows((list) => [...list, { key: nextKey, criterionCode: "", value: null, reason: "" }]);
    setNextKey((k) => k + 1);
  };
  const confirm = () => {
    const errors = checkOverrides(rows, {
      pick: t("exchange.overrides.criterionRequired"),
      value: t("exchange.overrides.valueRequired"),
      reason: t("exchange.overrides.reasonRequired"),
      duplicate: (code) => t("exchange.overrides.duplicate", { code }),
    });
    setChecked(errors);
    if (errors.size > 0) return;
    const overrides = rows.map((r) => ({
      criterionCode: r.criterionCode,
      value: r.value ?? {},
      reason: r.reason.trim(),
    }));
    run.mutate(
      { move: "finalize", body: { version: assessment.version, note: note.trim() || null, overrides } },
      {
        onSuccess: () => {
          notifications.show({
            color: "teal",
            message: t("scoring.moves.finalize.done", { unit: assessment.unitName }),
          });
          setRows([]);
          setNote("");
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      closeButtonProps={{ "aria-label": t("common.close") }}
      opened={opened}
      onClose={onClose}
      title={t("scoring.moves.finalize.title", { unit: assessment.unitName })}
      size="lg"
      centered
    >
      <Stack>
        <Text size="sm">{t("scoring.moves.finalize.text")}</Text>
        <Title order={3} fz="h5">
          {t("exchange.overrides.title")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("exchange.overrides.text")}
        </Text>
        {rows.map((row) => (
          <OverrideRow
            key={row.key}
            row={row}
            assessment={assessment}
            byCode={byCode}
            errors={checked.get(row.key) ?? server.byRow.get(row.key)}
            onChange={(patch) => change(row.key, patch)}
            onRemove={() => setRows((list) => list.filter((r) => r.key !== row.key))}
          />
        ))}
        <Button variant="light" onClick={add} disabled={!pact.data} style={{ alignSelf: "flex-start" }}>
          {t("exchange.overrides.add")}
        </Button>
        <Textarea
          label={t("scoring.moveNote")}
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        {run.isError && (
          <Alert color="red" role="alert">
            {errorText(run.error)}
          </Alert>
        )}
        {run.isError && <IssueList title={t("errors.validation")} issues={server.other} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button onClick={confirm} loading={run.isPending}>
            {t("scoring.moves.finalize.button")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
