import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  NativeSelect,
  Paper,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { isApiError } from "../api/client";
import { useErrorText } from "../api/error-text";
import type { ClusterSummary } from "../api/types";
import { useClusters } from "../clusters/clusters-api";
import { formatDate } from "../lib/format";
import { useOpenPeriod, usePeriods } from "./periods-api";

const OpenForm = ({ cluster }: { cluster: ClusterSummary }) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const open = useOpenPeriod();
  const [kind, setKind] = useState<"half" | "year">("half");
  const [deadline, setDeadline] = useState("");
  const issues = isApiError(open.error) ? open.error.issues : [];
  const errorOf = (path: string) => issues.find((i) => i.path === path)?.message;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        open.mutate({ clusterId: cluster.id, kind, deadline });
      }}
      noValidate
    >
      <Group align="flex-start" gap="sm" wrap="wrap">
        <NativeSelect
          label={t("reportsUi.periods.kind")}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value === "year" ? "year" : "half")}
          data={[
            { value: "half", label: t("reportsUi.reports.kinds.half") },
            { value: "year", label: t("reportsUi.reports.kinds.year") },
          ]}
          w={160}
        />
        <TextInput
          type="date"
          label={t("reportsUi.reports.deadline")}
          value={deadline}
          onChange={(e) => setDeadline(e.currentTarget.value)}
          error={errorOf("deadline")}
          required
          w={200}
        />
        <Button type="submit" loading={open.isPending} mt={{ base: 0, xs: 25 }}>
          {t("reportsUi.periods.open")}
        </Button>
      </Group>
      {open.isError && !errorOf("deadline") && (
        <Alert color="red" role="alert" mt="sm">
          {errorText(open.error)}
        </Alert>
      )}
      {open.isSuccess && (
        <Text size="sm" c="teal.9" role="status" mt="xs">
          {t("reportsUi.periods.opened")}
        </Text>
      )}
    </form>
  );
};

/** For the cluster's head and the council: the periods opened, the consolidated report of each, and opening one. */
const ClusterPeriods = ({ cluster }: { cluster: ClusterSummary }) => {
  const { t } = useTranslation();
  const periods = usePeriods(cluster.id);
  if (!periods.data?.manages) return null;
  const id = `periods-${cluster.id}`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id} mb="md">
      <Title order={2} fz="h4" id={id} mb="xs">
        {t("reportsUi.periods.title", { name: cluster.shortName ?? cluster.name })}
      </Title>
      {periods.data.periods.length === 0 ? (
        <Text size="sm" c="dimmed" mb="sm">
          {t("reportsUi.periods.none")}
        </Text>
      ) : (
        <List mb="sm" spacing={4}>
          {periods.data.periods.map((p) => (
            <List.Item key={p.id}>
              {t(`reportsUi.reports.kinds.${p.kind}`)} {p.year} · {t("reportsUi.reports.deadline")}{" "}
              {formatDate(p.deadline)} ·{" "}
              <Anchor component={Link} to={`/bao-cao/tong-hop/${p.id}`}>
                {t("reportsUi.periods.consolidated")}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
      <OpenForm cluster={cluster} />
    </Paper>
  );
};

export const PeriodPanels = ({ year }: { year: number }) => {
  const clusters = useClusters(year);
  return (
    <>
      {(clusters.data ?? []).map((c) => (
        <ClusterPeriods key={c.id} cluster={c} />
      ))}
    </>
  );
};
