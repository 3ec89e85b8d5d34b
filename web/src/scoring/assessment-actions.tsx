import { Alert, Button, Checkbox, Group, List, Modal, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/client";
import { useErrorText } from "../api/error-text";
import { type AssessmentCan, type AssessmentDetail, type Move, useMove } from "./assessments-api";
import { FinalizeModal } from "./finalize-modal";

type Action = { move: Move; can: keyof AssessmentCan; primary: boolean };

// In the order of the workflow; only those the server allows now are shown.
const ACTIONS: readonly Action[] = [
  { move: "submit", can: "submit", primary: true },
  { move: "request-explanation", can: "requestExplanation", primary: false },
  { move: "complete-review", can: "completeReview", primary: true },
  { move: "finalize", can: "finalize", primary: true },
];

const ConfirmMove = ({
  assessment,
  move,
  onClose,
}: {
  assessment: AssessmentDetail;
  move: Move;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const run = useMove(assessment.clusterId, assessment.unitId);
  const [note, setNote] = useState("");
  const [keepSelf, setKeepSelf] = useState(false);
  // A review that left criteria alone says so, and the reviewer confirms that they keep the self score.
  const unreviewed =
    move === "complete-review"
      ? assessment.criteria.filter((c) => !c.isGroup && c.self.value !== null && c.reviewed.value === null)
      : [];
  const confirm = () =>
    run.mutate(
      { move, body: { note: note.trim() || null } },
      {
        onSuccess: () => {
          notifications.show({
            color: "teal",
            message: t(`scoring.moves.${move}.done`, { unit: assessment.unitName }),
          });
          onClose();
        },
      },
    );
  const issues = isApiError(run.error) ? run.error.issues : [];
  return (
    <Modal
      closeButtonProps={{ "aria-label": t("common.close") }}
      opened
      onClose={onClose}
      title={t(`scoring.moves.${move}.title`, { unit: assessment.unitName })}
      centered
    >
      <Stack>
        <Text size="sm">{t(`scoring.moves.${move}.text`)}</Text>
        <Textarea
          label={t("scoring.moveNote")}
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          data-autofocus
        />
        {unreviewed.length > 0 && (
          <Alert color="yellow" variant="light">
            <Text size="sm">
              {t("form.partialReview", {
                count: unreviewed.length,
                codes: unreviewed.map((c) => c.code).join(", "),
              })}
            </Text>
            <Checkbox
              mt="xs"
              label={t("form.keepSelfConfirm")}
              checked={keepSelf}
              onChange={(e) => setKeepSelf(e.currentTarget.checked)}
            />
          </Alert>
        )}
        {run.isError && (
          <Alert color="red" role="alert">
            {errorText(run.error)}
            {issues.length > 0 && (
              <List size="sm" mt={4}>
                {issues.map((i) => (
                  <List.Item key={`${i.path}-${i.message}`}>{i.message}</List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button onClick={confirm} loading={run.isPending} disabled={unreviewed.length > 0 && !keepSelf}>
            {t(`scoring.moves.${move}.button`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};

/** The next moves the server allows this user (`can`), each asking for confirmation and an optional note. */
export const AssessmentActions = ({ assessment }: { assessment: AssessmentDetail }) => {
  const { t } = useTranslation();
  const [move, setMove] = useState<Move | null>(null);
  const allowed = ACTIONS.filter((a) => assessment.can[a.can]);
  const missing = assessment.missing;
  return (
    <Stack gap="xs">
      {assessment.can.submit && missing.length > 0 && (
        <Alert color="yellow" variant="light" p="xs">
          {t("scoring.missing", { n: missing.length })}{" "}
          {missing.map((code, i) => (
            <span key={code}>
              {i > 0 && ", "}
              <a href={`#tieu-chi-${code}`}>{code}</a>
            </span>
          ))}
        </Alert>
      )}
      {allowed.length > 0 && (
        <Group gap="xs">
          {allowed.map((a) => (
            <Button
              key={a.move}
              variant={a.primary ? "filled" : "light"}
              color={a.move === "request-explanation" ? "orange" : undefined}
              disabled={a.move === "submit" && missing.length > 0}
              onClick={() => setMove(a.move)}
            >
              {t(`scoring.moves.${a.move}.button`)}
            </Button>
          ))}
        </Group>
      )}
      {move && move !== "finalize" && (
        <ConfirmMove assessment={assessment} move={move} onClose={() => setMove(null)} />
      )}
      {assessment.can.finalize && (
        <FinalizeModal assessment={assessment} opened={move === "finalize"} onClose={() => setMove(null)} />
      )}
    </Stack>
  );
};
