import { Anchor, Badge, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDateTime } from "../lib/format";
import { STATUS_COLOR, STATUS_ORDER } from "../scoring/status-badge";
import { DeadlineBadge } from "./deadline-badge";
import type { TodoItem } from "./todo-api";
import { todoHref, unitHref } from "./todo-links";

const STAGE_COLOR = {
  pactDrafting: "gray.7",
  signing: "yellow.9",
  selfScoring: "blue.8",
  review: "indigo.8",
  explanation: "pink.9",
  final: "grape.8",
  published: "teal.9",
} as const;

/** The item's headline, worded in the interface language from the item's data. */
const useHeadline = (item: TodoItem): string => {
  const { t } = useTranslation();
  switch (item.kind) {
    case "registerTargets":
      return t("todo.item.registerTargets", { count: item.criteria.length });
    case "signPact":
      return t("todo.item.signPact");
    case "selfAssess":
      if (!item.started) return t("todo.item.selfAssessNew");
      return item.missing === 0
        ? t("todo.item.selfAssessReady")
        : t("todo.item.selfAssess", { count: item.missing });
    case "explain":
      return t("todo.item.explain");
    case "review":
      return t("todo.item.review", { count: item.units.length });
    case "explanationsReceived":
      return t("todo.item.explanationsReceived", { count: item.units.length });
    case "unsignedMembers":
      return t("todo.item.unsignedMembers", { count: item.units.length });
    case "prepareConference":
      return t("todo.item.prepareConference");
    case "clusterStage":
      return item.cluster.name;
    case "published":
      return item.cluster.name;
    default: {
      const unknown: never = item;
      return unknown;
    }
  }
};

const Details = ({ item, year }: { item: TodoItem; year: number }): ReactNode => {
  const { t } = useTranslation();
  switch (item.kind) {
    case "registerTargets":
      return <Text size="sm">{item.criteria.map((c) => c.code).join(", ")}</Text>;
    case "explain":
      return (
        <Stack gap={4}>
          {item.note && (
            <Text size="sm">
              {t("todo.item.explainNote", { who: item.requestedBy ?? "", note: item.note })}
            </Text>
          )}
          {item.criteria.length > 0 && (
            <>
              <Text size="sm" fw={600}>
                {t("todo.item.explainCriteria")}
              </Text>
              <List size="sm">
                {item.criteria.map((c) => (
                  <List.Item key={c.code}>
                    {c.code}. {c.title}
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </Stack>
      );
    case "review":
    case "explanationsReceived":
    case "unsignedMembers":
      return (
        <List size="sm">
          {item.units.map((u) => (
            <List.Item key={u.id}>
              {item.kind === "unsignedMembers" ? (
                u.name
              ) : (
                <Anchor component={Link} to={unitHref(item, year, u.id)}>
                  {u.name}
                </Anchor>
              )}
            </List.Item>
          ))}
        </List>
      );
    case "prepareConference":
      return item.notFinal > 0 ? (
        <Text size="sm">{t("todo.item.prepareConferenceNotFinal", { count: item.notFinal })}</Text>
      ) : null;
    case "clusterStage":
      return (
        <Stack gap={6}>
          <Group gap={6}>
            <Text size="sm" c="dimmed">
              {t("todo.stageLabel")}:
            </Text>
            <Badge color={STAGE_COLOR[item.stage]} variant="filled">
              {t(`todo.stage.${item.stage}`)}
            </Badge>
          </Group>
          <Group gap={6} aria-label={t("todo.unitsLabel")}>
            {STATUS_ORDER.filter((s) => item.counts[s]).map((s) => (
              <Badge key={s} color={STATUS_COLOR[s]} variant="light">
                {t(`scoring.status.${s}`)}: {item.counts[s]}
              </Badge>
            ))}
          </Group>
          {item.lateUnits.length > 0 && (
            <Text size="sm" c="red.8">
              {t("todo.item.lateUnits", { names: item.lateUnits.map((u) => u.name).join(", ") })}
            </Text>
          )}
        </Stack>
      );
    case "published":
      return (
        <Stack gap={2}>
          <Text size="sm">
            {t("todo.item.published", { published: item.publishedCount, members: item.memberCount })}
          </Text>
          <Text size="xs" c="dimmed">
            {t("todo.item.publishedAt", { at: formatDateTime(item.at) })}
          </Text>
        </Stack>
      );
    case "signPact":
    case "selfAssess":
      return null;
    default: {
      const unknown: never = item;
      return unknown;
    }
  }
};

/** One thing to do: what, in which cluster, by when, and a link to where it is done. */
export const TodoCard = ({ item, year }: { item: TodoItem; year: number }) => {
  const headline = useHeadline(item);
  const showCluster = item.kind !== "clusterStage" && item.kind !== "published";
  return (
    <Card withBorder radius="md" padding="md" component="article">
      <Stack gap="xs">
        <Title order={3} fz="h5">
          <Anchor component={Link} to={todoHref(item, year)}>
            {headline}
          </Anchor>
        </Title>
        {showCluster && (
          <Text size="xs" c="dimmed">
            {"unit" in item ? `${item.unit.name} — ${item.cluster.name}` : item.cluster.name}
          </Text>
        )}
        <DeadlineBadge due={item.due} daysLeft={item.daysLeft} />
        <Details item={item} year={year} />
      </Stack>
    </Card>
  );
};
