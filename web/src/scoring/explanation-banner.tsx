import { Alert, Anchor, Button, Group, List, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/client";
import { formatDateTime } from "../lib/format";
import type { AssessmentDetail } from "./assessments-api";
import { explanationState, useSendExplanation } from "./explanation-api";

/**
 * While an explanation is asked for: the reviewer's note and the criteria concerned, and for the unit a
 * "Gửi giải trình" action once it has written its answers; afterwards, when the answer was sent.
 */
export const ExplanationBanner = ({ assessment }: { assessment: AssessmentDetail }) => {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [note, setNote] = useState("");
  const send = useSendExplanation(assessment.clusterId, assessment.unitId);
  if (assessment.status !== "explanation") return null;
  const { request, sent, criteria } = explanationState(assessment);
  const unanswered = criteria.filter((c) => !c.explanation).map((c) => c.code);
  const error =
    send.error && isApiError(send.error) ? send.error.message : send.error ? String(send.error) : null;
  return (
    <Alert
      color={sent ? "teal" : "pink"}
      variant="light"
      title={sent ? t("explain.sentTitle") : t("explain.title")}
      role="region"
    >
      <Stack gap="xs">
        {request?.note && (
          <Text size="sm">{t("explain.note", { who: request.actor, note: request.note })}</Text>
        )}
        {criteria.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              {t("explain.criteria")}
            </Text>
            <List size="sm">
              {criteria.map((c) => (
                <List.Item key={c.code}>
                  <Anchor href={`#tieu-chi-${c.code}`} c="inherit" underline="always">
                    {c.code}. {c.title}
                  </Anchor>
                  {c.explanation ? ` — ${t("explain.answered")}` : ""}
                </List.Item>
              ))}
            </List>
          </>
        )}
        {sent ? (
          <Text size="sm">{t("explain.sentAt", { at: formatDateTime(sent.at), who: sent.actor })}</Text>
        ) : assessment.can.explain ? (
          <Group gap="sm" align="center">
            <Text size="sm">{t("explain.howTo")}</Text>
            <Button color="pink.9" onClick={open}>
              {t("explain.send")}
            </Button>
          </Group>
        ) : (
          <Text size="sm">{t("explain.waiting")}</Text>
        )}
      </Stack>
      <Modal
        opened={opened}
        onClose={close}
        title={t("explain.send")}
        centered
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        <Stack gap="sm">
          {unanswered.length > 0 && (
            <Alert color="yellow" variant="light">
              {t("explain.unanswered", { codes: unanswered.join(", ") })}
            </Alert>
          )}
          <Textarea
            label={t("explain.sendNote")}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={2000}
          />
          {error && (
            <Text c="red.8" size="sm" role="alert">
              {error}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("common.cancel")}
            </Button>
            <Button
              color="pink.9"
              loading={send.isPending}
              onClick={async () => {
                await send.mutateAsync(note.trim() || null).then(close, () => undefined);
              }}
            >
              {t("explain.send")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Alert>
  );
};
