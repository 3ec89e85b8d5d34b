import { Text, Timeline, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../lib/format";
import { tidySentences } from "../lib/text";
import type { AssessmentDetail } from "./assessments-api";
import { asScoreValue, describeValue } from "./value-input";

type Item = { at: string; title: string; who: string | null; note: string | null };

/** Who moved the assessment, when and why; corrections of a published result among them. */
export const AssessmentTimeline = ({ assessment }: { assessment: AssessmentDetail }) => {
  const { t } = useTranslation();
  const items: Item[] = [
    ...assessment.timeline.map((e) => ({
      at: e.at,
      title:
        e.from === "explanation" && e.to === "explanation"
          ? t("explain.sentEvent")
          : t(`scoring.status.${e.to}`),
      who: e.actor,
      note: e.note,
    })),
    ...assessment.corrections.map((c) => ({
      at: c.at,
      title: t("scoring.correction", {
        code: c.criterionCode,
        from: describeValue(asScoreValue(c.before), t),
        to: describeValue(asScoreValue(c.after), t),
      }),
      who: c.actor,
      note: c.reason,
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <section aria-labelledby="assessment-timeline">
      <Title order={2} fz="h5" mb="sm" id="assessment-timeline">
        {t("scoring.timeline")}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("scoring.noEvents")}
        </Text>
      ) : (
        <Timeline active={items.length - 1} bulletSize={14} lineWidth={2}>
          {items.map((item) => (
            <Timeline.Item key={`${item.at}-${item.title}`} title={item.title}>
              <Text size="xs" c="dimmed">
                {formatDateTime(item.at)}
                {item.who ? ` · ${item.who}` : ""}
              </Text>
              {item.note && (
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {tidySentences(item.note)}
                </Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </section>
  );
};
