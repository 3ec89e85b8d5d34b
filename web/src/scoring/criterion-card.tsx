import { Alert, Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ScoredCriterion } from "../../../src/contracts/cluster-year";
import { formatScore } from "../lib/format";
import { localized } from "../lib/localized";
import { MethodBadge } from "../pacts/method-badge";
import { type AssessmentDetail, type CriterionRow, useCorrect, useExplain } from "./assessments-api";
import { EvidencePanel } from "./evidence-panel";
import { formulaOf, inputLabel, pointsOf } from "./formula";
import { InputEditor } from "./input-editor";
import { SheetInputEditor } from "./sheet-input-editor";
import { asScoreValue, describeValue } from "./value-input";

const Stage = ({ title, children }: { title: string; children: ReactNode }) => (
  <Stack gap={4}>
    <Text size="xs" fw={700} c="dimmed" tt="uppercase">
      {title}
    </Text>
    {children}
  </Stack>
);

const Shown = ({ value, text }: { value: string; text?: string | null }) => (
  <>
    <Text fw={600}>{value}</Text>
    {text && (
      <Text size="sm" c="dimmed" style={{ whiteSpace: "pre-wrap" }}>
        {text}
      </Text>
    )}
  </>
);

type CardProps = { assessment: AssessmentDetail; row: CriterionRow; criterion: ScoredCriterion };

/** One criterion of a unit's assessment: self, review, explanation and final side by side, with evidence. */
export const CriterionCard = ({ assessment, row, criterion }: CardProps) => {
  const { t, i18n } = useTranslation();
  const { clusterId, unitId, can } = assessment;
  const explain = useExplain(clusterId, unitId);
  const correct = useCorrect(clusterId, unitId);
  const [correcting, { open, close }] = useDisclosure(false);
  const self = asScoreValue(row.self.value);
  const reviewed = asScoreValue(row.reviewed.value);
  const final = asScoreValue(row.final);
  const differs = reviewed !== null && JSON.stringify(reviewed) !== JSON.stringify(self);
  // The unit's own target if it registered one, else the criterion's (a pact may have no per-unit list).
  const targets = criterion as { target?: number; targets?: Record<string, number> };
  const target = targets.targets?.[assessment.unitCode] ?? targets.target;
  const code = row.code;
  // A penalty's score is what it takes off: shown with a minus sign everywhere.
  const signed = (n: number) =>
    t("scoring.scoreIs", {
      n: criterion.method === "penalty" && n > 0 ? `−${formatScore(n)}` : formatScore(n),
    });
  // The server's points when it scored the reviewed value (head and council, under review): exact, caps included.
  const reviewedPoints = row.scores.reviewed ?? pointsOf(criterion, reviewed, target);
  // Never "= 0 điểm" for a value that is not scored (invalid) or whose points only the server knows.
  const reviewedText =
    reviewed === null || row.invalid
      ? null
      : (formulaOf(criterion, reviewed, target, reviewedPoints, t) ??
        (reviewedPoints === null ? null : signed(reviewedPoints)));

  return (
    <Card
      withBorder
      padding="md"
      radius="md"
      id={`tieu-chi-${code}`}
      component="article"
      aria-labelledby={`tc-${code}`}
    >
      <Group justify="space-between" align="flex-start" mb="sm" gap="xs">
        <Title order={3} fz="md" id={`tc-${code}`}>
          {code}. {row.title}
        </Title>
        <Group gap={6}>
          <MethodBadge method={criterion.method} />
          {row.max !== null && (
            <Badge variant="default">{t("scoring.max", { n: formatScore(row.max) })}</Badge>
          )}
          {row.invalid && (
            <Badge color="red.9" variant="filled">
              {t("scoring.invalidBadge")}
            </Badge>
          )}
          {differs && (
            <Badge color="yellow.3" c="dark.9">
              {t("scoring.reviewDiffers")}
            </Badge>
          )}
        </Group>
      </Group>
      {row.invalid && (
        <Alert color="red" variant="light" mb="sm" title={t("scoring.invalidTitle")}>
          <Text size="sm" fw={600}>
            {localized(i18n.language, row.invalid, row.invalidEn)}
          </Text>
          <Text size="sm">{t("scoring.invalidText")}</Text>
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        <Stage title={t("scoring.self")}>
          {can.editSelf ? (
            <SheetInputEditor
              criterion={criterion}
              stage="self"
              valueLabel={inputLabel(criterion, "self", t)}
              textLabel={t("scoring.note")}
              saved={{ value: self, text: row.self.note ?? "" }}
              version={row.version}
              target={target}
            />
          ) : (
            <Shown value={describeValue(self, t)} text={row.self.note} />
          )}
          {self !== null && row.scores.self !== null && (
            <Text size="xs" c="dimmed">
              {formulaOf(criterion, self, target, row.scores.self, t) ?? signed(row.scores.self)}
            </Text>
          )}
        </Stage>
        <Stage title={t("scoring.review")}>
          {can.review ? (
            <SheetInputEditor
              criterion={criterion}
              stage="review"
              valueLabel={inputLabel(criterion, "review", t)}
              textLabel={t("scoring.comment")}
              saved={{ value: reviewed, text: row.reviewed.comment ?? "" }}
              version={row.version}
              target={target}
            />
          ) : (
            <Shown value={describeValue(reviewed, t)} text={row.reviewed.comment} />
          )}
          {reviewedText && (
            <Text size="xs" c="dimmed">
              {reviewedText}
            </Text>
          )}
          {row.reviewed.reviewer && (
            <Text size="xs" c="dimmed">
              {t("scoring.reviewer", { name: row.reviewed.reviewer })}
            </Text>
          )}
        </Stage>
        <Stage title={t("scoring.explanation")}>
          {can.explain && (differs || Boolean(row.reviewed.comment)) ? (
            <InputEditor
              criterion={null}
              valueLabel=""
              textLabel={t("scoring.explanationLabel", { code })}
              textRequired
              saved={{ value: null, text: row.explanation ?? "" }}
              version={row.version}
              saveLabel={t("scoring.saveExplanation")}
              onSave={(d, version) =>
                explain.mutateAsync({ criterionCode: code, explanation: d.text, version })
              }
            />
          ) : (
            <Text size="sm" c={row.explanation ? undefined : "dimmed"} style={{ whiteSpace: "pre-wrap" }}>
              {row.explanation ?? t("scoring.noExplanation")}
            </Text>
          )}
        </Stage>
        <Stage title={t("scoring.final")}>
          <Shown value={describeValue(final, t)} />
          {row.scores.final !== null && (
            <Text size="sm" fw={700} c="blue.8">
              {signed(row.scores.final)}
            </Text>
          )}
          {can.correct && (
            <Button
              size="xs"
              variant="light"
              color="orange"
              onClick={open}
              style={{ alignSelf: "flex-start" }}
            >
              {t("scoring.correct")}
            </Button>
          )}
        </Stage>
      </SimpleGrid>
      <EvidencePanel assessment={assessment} row={row} />
      <Modal
        closeButtonProps={{ "aria-label": t("common.close") }}
        opened={correcting}
        onClose={close}
        title={t("scoring.correctTitle", { code })}
        centered
      >
        <InputEditor
          criterion={criterion}
          valueLabel={t("scoring.correctValue")}
          textLabel={t("scoring.correctReason")}
          textRequired
          saved={{ value: final, text: "" }}
          version={row.version}
          saveLabel={t("scoring.correctSave")}
          onSave={async (d) => {
            await correct.mutateAsync({
              version: assessment.version,
              criterionCode: code,
              value: d.value ?? {},
              reason: d.text,
            });
            close();
          }}
        />
      </Modal>
    </Card>
  );
};
