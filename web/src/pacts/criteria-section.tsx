import { Alert, Badge, Button, Group, List, Modal, Stack, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ImpactPanel, RefusalAlert } from "./amendment-impact";
import { ConflictAlert } from "./conflict-alert";
import { CriteriaEditor } from "./criteria-editor";
import { CriteriaTable } from "./criteria-table";
import { fromDraft, toDraft } from "./criteria-tree";
import { type PactView, usePreviewAmendment } from "./pacts-api";
import { RulesSummary } from "./rules-summary";
import type { PactDraft } from "./use-pact-draft";

const MIN_REASON = 10;

/** Asks why the locked pact changes: an amendment is seen by every member, with its reason. */
const ReasonModal = ({
  reason,
  setReason,
  onClose,
  onSave,
  saving,
}: {
  reason: string;
  setReason: (reason: string) => void;
  onClose: () => void;
  onSave: (reason: string) => void;
  saving: boolean;
}) => {
  const { t } = useTranslation();
  const [tried, setTried] = useState(false);
  const short = reason.trim().length < MIN_REASON;
  return (
    <Modal
      closeButtonProps={{ "aria-label": t("common.close") }}
      opened
      onClose={onClose}
      title={t("pacts.amendTitle")}
      centered
    >
      <Stack>
        <Textarea
          label={t("pacts.amendReason")}
          description={t("pacts.amendReasonHint", { n: MIN_REASON })}
          required
          autosize
          minRows={3}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={tried && short ? t("pacts.amendReasonShort", { n: MIN_REASON }) : undefined}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button
            loading={saving}
            onClick={() => {
              setTried(true);
              if (!short) onSave(reason.trim());
            }}
          >
            {t("pacts.amendSave")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};

/** The criteria table: read-only for everyone, editable (draft) or amendable (locked) for those the server allows. */
export const CriteriaSection = ({
  pact,
  draft,
  cluster,
}: {
  pact: PactView;
  draft: PactDraft;
  cluster: { id: string; year: number };
}) => {
  const { t } = useTranslation();
  const preview = usePreviewAmendment(cluster.id);
  // The table the shown preview was computed for: a later edit marks it as out of date.
  const [previewed, setPreviewed] = useState("");
  const [asking, setAsking] = useState(false);
  // Kept here, so a refused amendment does not lose the reason typed.
  const [reason, setReason] = useState("");
  const amending = pact.status === "locked";
  const nodes = draft.nodes;
  const proposal = nodes ? JSON.stringify({ criteria: fromDraft(nodes), rules: draft.rules }) : "";
  const askImpact = () => {
    if (!nodes) return;
    setPreviewed(proposal);
    preview.mutate({ criteria: fromDraft(nodes), rules: draft.rules });
  };

  const save = async (why?: string) => {
    const ok = await draft.submit(why);
    // On a refusal the dialog closes too, so the problems marked in the table can be seen and fixed.
    setAsking(false);
    if (ok) {
      setReason("");
      preview.reset();
      notifications.show({ color: "teal", message: amending ? t("pacts.amended") : t("pacts.saved") });
    }
  };

  if (!nodes) {
    const canStart = pact.can.edit || pact.can.amend;
    return (
      <Stack gap="sm">
        {canStart && (
          <Button onClick={draft.start} style={{ alignSelf: "flex-start" }}>
            {pact.can.edit ? t("pacts.startEdit") : t("pacts.startAmend")}
          </Button>
        )}
        <CriteriaTable
          nodes={toDraft(pact.criteria)}
          label={t("pacts.tableLabel")}
          bonusCap={pact.rules.bonusCap}
        />
        <RulesSummary rules={pact.rules} />
      </Stack>
    );
  }

  return (
    <Stack gap="sm">
      <Group gap="xs" justify="space-between">
        <Group gap="xs">
          <Badge color={draft.dirty ? "yellow.3" : "gray.1"} c="dark.9" size="lg">
            {draft.dirty ? t("pacts.unsaved") : t("pacts.noChanges")}
          </Badge>
          <Badge variant="default" size="lg">
            {t("pacts.editingVersion", { version: draft.baseVersion })}
          </Badge>
        </Group>
        <Group gap="xs">
          <Button variant="default" onClick={draft.cancel} disabled={draft.saving}>
            {t("pacts.cancelEdit")}
          </Button>
          {amending && (
            <Button variant="light" onClick={askImpact} loading={preview.isPending} disabled={!draft.dirty}>
              {t("pacts.impact.preview")}
            </Button>
          )}
          <Button
            onClick={() => (amending ? setAsking(true) : void save())}
            loading={draft.saving && !asking}
            disabled={!draft.dirty || draft.conflict !== null}
          >
            {amending ? t("pacts.amendSave") : t("pacts.save")}
          </Button>
        </Group>
      </Group>
      {draft.conflict && (
        <ConflictAlert
          error={draft.conflict}
          latest={pact}
          onKeepMine={draft.keepMine}
          onTakeTheirs={draft.takeTheirs}
        />
      )}
      {draft.refusal && (
        <RefusalAlert message={draft.refusal.message} issues={draft.refusal.issues} cluster={cluster} />
      )}
      {amending && preview.isError && (
        <Alert color="red" title={t("pacts.impact.failed")} role="alert">
          {preview.error.message}
        </Alert>
      )}
      {amending && preview.data && !preview.isPending && (
        <ImpactPanel impact={preview.data} stale={previewed !== proposal} cluster={cluster} />
      )}
      {(draft.issuesByKey.size > 0 || draft.otherIssues.length > 0) && (
        <Alert color="red" title={t("pacts.notSaved")} role="alert">
          {draft.issuesByKey.size > 0 && t("pacts.seeMarked", { n: draft.issuesByKey.size })}
          {draft.otherIssues.length > 0 && (
            <List size="sm">
              {draft.otherIssues.map((i) => (
                <List.Item key={`${i.path}-${i.message}`}>
                  {i.path ? `${i.path}: ${i.message}` : i.message}
                </List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
      <CriteriaEditor draft={draft} nodes={nodes} />
      <RulesSummary rules={draft.rules} />
      {asking && (
        <ReasonModal
          reason={reason}
          setReason={setReason}
          onClose={() => setAsking(false)}
          onSave={(r) => void save(r)}
          saving={draft.saving}
        />
      )}
    </Stack>
  );
};
