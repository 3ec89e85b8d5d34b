import { Alert, Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ScoredCriterion } from "../../../src/contracts/cluster-year";
import { type ApiError, isApiError } from "../api/client";
import { useUnloadGuard } from "../shell/leave-guard";
import { describeValue, type ScoreValue, ValueInput } from "./value-input";

export type Draft = { value: ScoreValue | null; text: string };

type InputEditorProps = {
  /** The criterion; null for a text-only answer (the unit's explanation). */
  criterion: ScoredCriterion | null;
  valueLabel: string;
  textLabel: string;
  textRequired?: boolean;
  /** What the server holds now (after a conflict: what the other person saved). */
  saved: Draft;
  /** The input's version on the server now; an edit keeps the one it started from. */
  version: number;
  target?: number | undefined;
  saveLabel: string;
  /** Sends the draft with the version it was based on; throws the ApiError of a refusal. */
  onSave: (draft: Draft, version: number) => Promise<unknown>;
};

const same = (a: Draft, b: Draft) => JSON.stringify(a) === JSON.stringify(b);

/**
 * One stage's input for one criterion (self, review, explanation, correction): kept in the browser until
 * saved, problems shown at the field, and a 409 shows the other person's value and lets the user choose.
 */
export const InputEditor = (props: InputEditorProps) => {
  const {
    criterion,
    valueLabel,
    textLabel,
    textRequired = false,
    saved,
    version,
    target,
    saveLabel,
    onSave,
  } = props;
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft | null>(null);
  // The version the edit started from: saving over a newer one is a conflict, never a silent overwrite.
  const [base, setBase] = useState(version);
  const [errors, setErrors] = useState<{ value?: string; text?: string; other?: string }>({});
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState(false);
  const shown = draft ?? saved;
  const dirty = draft !== null && !same(draft, saved);
  useUnloadGuard(dirty);

  const edit = (patch: Partial<Draft>) => {
    if (!draft) setBase(version);
    setDraft({ ...shown, ...patch });
    setDone(false);
  };

  const save = async (over = base) => {
    if (!draft) return;
    setSaving(true);
    setErrors({});
    try {
      await onSave(draft, over);
      setDraft(null);
      setConflict(null);
      setDone(true);
    } catch (error) {
      if (!isApiError(error)) throw error;
      if (error.status === 409) setConflict(error);
      else {
        const at = (test: (path: string) => boolean) => error.issues.find((i) => test(i.path))?.message;
        const value = at((p) => p === "value" || p.startsWith("value."));
        const text = at((p) => ["note", "comment", "explanation", "reason"].includes(p));
        setErrors({ value, text, other: value || text ? undefined : error.message });
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap="xs">
      {criterion && (
        <ValueInput
          criterion={criterion}
          value={shown.value}
          onChange={(value) => edit({ value })}
          label={valueLabel}
          error={errors.value}
          target={target}
        />
      )}
      <Textarea
        label={textLabel}
        required={textRequired}
        autosize
        minRows={1}
        maxRows={6}
        value={shown.text}
        onChange={(e) => edit({ text: e.currentTarget.value })}
        error={errors.text}
      />
      {errors.other && (
        <Text size="sm" c="red.9" role="alert">
          {errors.other}
        </Text>
      )}
      {conflict && (
        <Alert color="orange" role="alert" title={t("scoring.conflictTitle")} p="xs">
          <Text size="sm">{conflict.message}</Text>
          <Text size="sm" mt={4}>
            {t("scoring.conflictTheirs")}:{" "}
            <b>{criterion ? describeValue(saved.value, t) : saved.text || t("common.none")}</b>
            {criterion && saved.text ? ` — «${saved.text}»` : ""}
          </Text>
          <Text size="sm">
            {t("scoring.conflictMine")}:{" "}
            <b>{criterion ? describeValue(draft?.value ?? null, t) : draft?.text}</b>
          </Text>
          <Group gap="xs" mt="xs">
            <Button
              size="xs"
              color="orange"
              loading={saving}
              onClick={() => {
                setBase(version);
                void save(version);
              }}
            >
              {t("scoring.keepMine")}
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() => {
                setDraft(null);
                setConflict(null);
              }}
            >
              {t("scoring.takeTheirs")}
            </Button>
          </Group>
        </Alert>
      )}
      {!conflict && (
        <Group gap="xs">
          <Button size="xs" onClick={() => void save()} disabled={!dirty} loading={saving}>
            {saveLabel}
          </Button>
          {dirty && (
            <Button size="xs" variant="subtle" onClick={() => setDraft(null)}>
              {t("scoring.undo")}
            </Button>
          )}
          <Text size="xs" c={dirty ? "red.9" : "teal.9"} aria-live="polite">
            {dirty ? t("scoring.unsaved") : done ? t("scoring.saved") : ""}
          </Text>
        </Group>
      )}
    </Stack>
  );
};
