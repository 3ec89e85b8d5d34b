import { Badge, Card, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDateTime, formatScore } from "../lib/format";
import type { PactAmendment } from "./pacts-api";

/** The recorded changes to the locked pact, newest first: reason, who, when, what changed. */
export const AmendmentsSection = ({ amendments }: { amendments: PactAmendment[] }) => {
  const { t } = useTranslation();
  if (amendments.length === 0) return <Text c="dimmed">{t("pacts.amendments.none")}</Text>;
  return (
    <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: "none" }}>
      {[...amendments].reverse().map((a, i) => (
        <Card component="li" withBorder key={a.id} padding="md">
          <Group justify="space-between" mb={4}>
            <Text fw={700}>{t("pacts.amendments.number", { n: amendments.length - i })}</Text>
            <Text size="sm" c="dimmed">
              {formatDateTime(a.at)} · {a.actor?.displayName ?? t("pacts.amendments.system")}
            </Text>
          </Group>
          <Text size="sm">
            <b>{t("pacts.amendments.reason")}:</b> {a.reason}
          </Text>
          <Text size="sm" mt={4}>
            {a.summary}
          </Text>
          <Group gap="xs" mt="xs">
            {a.maxPointsBefore !== a.maxPointsAfter && (
              <Badge variant="light" color="gray">
                {t("pacts.amendments.max", {
                  from: formatScore(a.maxPointsBefore),
                  to: formatScore(a.maxPointsAfter),
                })}
              </Badge>
            )}
            {a.rulesChanged && (
              <Badge variant="light" color="grape">
                {t("pacts.amendments.rules")}
              </Badge>
            )}
          </Group>
        </Card>
      ))}
    </Stack>
  );
};
