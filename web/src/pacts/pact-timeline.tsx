import { Text, Timeline } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../lib/format";
import type { PactView } from "./pacts-api";

type Event = { at: string; title: string; detail: string };

/** The pact's way so far: each signature, the lock, each amendment; the draft's last save while it is one. */
export const PactTimeline = ({ pact }: { pact: PactView }) => {
  const { t } = useTranslation();
  const events: Event[] = [
    ...pact.members.flatMap((m) =>
      m.signature
        ? [
            {
              at: m.signature.signedAt,
              title: t("pacts.timeline.signed", { unit: m.name }),
              detail: [m.signature.signerName, m.signature.signerPost].filter(Boolean).join(", "),
            },
          ]
        : [],
    ),
    ...(pact.lockedAt
      ? [{ at: pact.lockedAt, title: t("pacts.timeline.locked"), detail: t("pacts.timeline.lockedText") }]
      : []),
    ...pact.amendments.map((a) => ({
      at: a.at,
      title: t("pacts.timeline.amended"),
      detail: `${a.actor?.displayName ?? ""}: ${a.reason}`,
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  if (pact.status === "draft")
    events.push({
      at: pact.updatedAt,
      title: t("pacts.timeline.draft", { version: pact.version }),
      detail: t("pacts.timeline.draftText"),
    });
  return (
    <Timeline active={events.length - 1} bulletSize={14} lineWidth={2} aria-label={t("pacts.timeline.label")}>
      {events.map((e) => (
        <Timeline.Item key={`${e.at}-${e.title}`} title={e.title}>
          <Text size="xs" c="dimmed">
            {formatDateTime(e.at)}
          </Text>
          <Text size="sm">{e.detail}</Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
};
