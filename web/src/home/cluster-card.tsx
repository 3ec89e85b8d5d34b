import { Anchor, Card, Group, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ClusterSummary } from "../api/types";
import { KindBadge } from "../clusters/badges";
import { formatNumber } from "../lib/format";
import { useYear } from "../shell/year-context";

const Fact = ({ label, value }: { label: string; value: string }) => (
  <Group gap={6} wrap="nowrap" align="baseline">
    <Text size="sm" c="dimmed" style={{ whiteSpace: "nowrap" }}>
      {label}:
    </Text>
    <Text size="sm" fw={500}>
      {value}
    </Text>
  </Group>
);

/** One cluster on the home page: kind, name (a link), code, members, head unit. */
export const ClusterCard = ({ cluster }: { cluster: ClusterSummary }) => {
  const { t } = useTranslation();
  const { withYear } = useYear();
  return (
    <Card withBorder radius="md" padding="lg" component="article">
      <Group justify="space-between" mb="xs">
        <KindBadge kind={cluster.kind} />
        <Text size="xs" c="dimmed">
          {t("home.code")}: {cluster.code}
        </Text>
      </Group>
      <Title order={2} fz="h4" mb={4}>
        <Anchor component={Link} to={withYear(`/cum/${cluster.id}`)}>
          {cluster.name}
        </Anchor>
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {cluster.councilName}
      </Text>
      <Fact label={t("home.members")} value={formatNumber(cluster.memberCount)} />
      <Fact label={t("home.head")} value={cluster.head?.name ?? t("clusters.notDecided")} />
    </Card>
  );
};
