import { Alert, Button, Group, Modal, NativeSelect, NumberInput, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type DraftNode, isGroupNode, type Located } from "./criteria-tree";
import {
  buildNode,
  type FormErrors,
  type FormState,
  formOf,
  METHODS,
  validateForm,
} from "./criterion-form-state";
import { fieldLabel } from "./field-labels";
import { LevelsInput } from "./levels-input";

type CriterionFormProps = {
  /** The node being edited, or a fresh one being added. */
  node: DraftNode;
  /** Codes used by the other criteria (a code must be unique in the table). */
  takenCodes: ReadonlySet<string>;
  issues: readonly Located[];
  title: string;
  onApply: (node: DraftNode) => void;
  onClose: () => void;
};

const AT_FIELD = /^(code|title|max|target|pointsEach|levels\[\d+\]\.(label|ratio))$/;

const num = (value: string | number): number | "" => (value === "" ? "" : Number(value));

/** One criterion's fields in a dialog: code, title, method, and what the method needs. */
export const CriterionForm = ({ node, takenCodes, issues, title, onApply, onClose }: CriterionFormProps) => {
  const { t } = useTranslation();
  const [form, setForm] = useState<FormState>(() => formOf(node));
  const [errors, setErrors] = useState<FormErrors>({});
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const serverError = (field: string) => issues.find((i) => i.field === field)?.message;
  const error = (field: keyof FormErrors) => (errors[field] ? t(errors[field]) : serverError(field));

  const apply = () => {
    const found = validateForm(form, takenCodes);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    onApply(buildNode(form, node));
  };

  const m = form.method;
  // Problems the form shows at their field; the others (the criterion as a whole…) go on top.
  const elsewhere = issues.filter((i) => !AT_FIELD.test(i.field));
  const needsMax = m !== "group" && m !== "penalty";
  return (
    <Modal
      closeButtonProps={{ "aria-label": t("common.close") }}
      opened
      onClose={onClose}
      title={title}
      size="lg"
      centered
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <Stack gap="sm">
          {elsewhere.length > 0 && (
            <Alert color="red" role="alert" p="xs">
              {elsewhere.map((i) => `${fieldLabel(i.field, t)}: ${i.message}`).join(" · ")}
            </Alert>
          )}
          <Group grow align="flex-start">
            <TextInput
              label={t("pacts.field.code")}
              required
              value={form.code}
              onChange={(e) => set("code", e.currentTarget.value)}
              error={error("code")}
              maw={160}
              data-autofocus
            />
            <NativeSelect
              label={t("pacts.field.method")}
              value={m}
              onChange={(e) => {
                const value = e.currentTarget.value;
                const method = METHODS.find((x) => x === value);
                if (method) set("method", method);
              }}
              data={METHODS.map((x) => ({ value: x, label: t(`pacts.methods.${x}`) }))}
            />
          </Group>
          <TextInput
            label={t("pacts.field.title")}
            required
            value={form.title}
            onChange={(e) => set("title", e.currentTarget.value)}
            error={error("title")}
          />
          <Group grow align="flex-start">
            <NumberInput
              label={m === "group" ? t("pacts.field.groupMax") : t("pacts.field.max")}
              description={
                m === "group"
                  ? t("pacts.groupMaxHint")
                  : m === "penalty"
                    ? t("pacts.penaltyMaxHint")
                    : undefined
              }
              required={needsMax}
              min={0}
              decimalSeparator=","
              decimalScale={2}
              value={form.max}
              onChange={(v) => set("max", num(v))}
              error={error("max")}
            />
            {(m === "target" || m === "leaderRelative") && (
              <NumberInput
                label={t("pacts.field.target")}
                description={m === "leaderRelative" ? t("pacts.leaderTargetHint") : t("pacts.targetHint")}
                required={m === "target"}
                min={0}
                decimalSeparator=","
                value={form.target}
                onChange={(v) => set("target", num(v))}
                error={error("target")}
              />
            )}
            {(m === "perOccurrence" || m === "penalty") && (
              <NumberInput
                label={t("pacts.field.pointsEach")}
                required
                min={0}
                decimalSeparator=","
                decimalScale={2}
                value={form.pointsEach}
                onChange={(v) => set("pointsEach", num(v))}
                error={error("pointsEach")}
              />
            )}
          </Group>
          {m === "levels" && (
            <LevelsInput
              levels={form.levels}
              max={form.max === "" ? 0 : form.max}
              onChange={(levels) => set("levels", levels)}
              error={errors.levels ? t(errors.levels) : undefined}
              issues={issues.filter((i) => i.field.startsWith("levels"))}
            />
          )}
          {isGroupNode(node) && m !== "group" && node.children.length > 0 && (
            <Alert color="orange" p="xs">
              {t("pacts.groupLosesChildren", { n: node.children.length })}
            </Alert>
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit">{t("pacts.apply")}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
