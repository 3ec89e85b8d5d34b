import {
  Alert,
  Anchor,
  Button,
  Card,
  List,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { isApiError } from "../api/client";
import { useErrorText } from "../api/error-text";
import { formatDate, formatNumber, todayIso } from "../lib/format";
import { PageHeader } from "../shell/page-header";
import { PageLoader, QueryError } from "../shell/query-state";
import { type PracticeDetail, useAdopt, usePractice } from "./practices-api";

/** One practice: the problem, how it works, results with figures, contact, its report, and where it spread. */
export const PracticePage = () => {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const practice = usePractice(id);
  if (practice.isPending) return <PageLoader />;
  if (practice.isError) return <QueryError error={practice.error} />;
  const p = practice.data;
  const block = (title: string, text: string) => (
    <Stack gap={4}>
      <Title order={2} fz="h4">
        {title}
      </Title>
      <Text style={{ whiteSpace: "pre-line" }}>{text}</Text>
    </Stack>
  );
  return (
    <>
      <PageHeader title={p.title} subtitle={`${p.unitName} · ${p.field} · ${p.year}`} />
      <Stack gap="lg" maw={860}>
        {block(t("reportsUi.practices.problem"), p.problem)}
        {block(t("reportsUi.practices.howItWorks"), p.howItWorks)}
        {block(t("reportsUi.practices.results"), p.results)}
        {p.figures.length > 0 && (
          <List aria-label={t("reportsUi.practices.figures")}>
            {p.figures.map((f) => (
              <List.Item key={f.label}>
                {f.label}: <strong>{formatNumber(f.value)}</strong> {f.unit}
              </List.Item>
            ))}
          </List>
        )}
        {p.contact && block(t("reportsUi.practices.contact"), p.contact)}
        {p.report && (
          <Text>
            {t("reportsUi.practices.report")}:{" "}
            <Anchor component={Link} to={`/bao-cao/${p.report.id}`}>
              {p.report.title}
            </Anchor>
          </Text>
        )}
        <Stack gap="xs">
          <Title order={2} fz="h4">
            {t("reportsUi.practices.replications")}
          </Title>
          {p.replications.length === 0 ? (
            <Text c="dimmed">{t("reportsUi.practices.notSpread")}</Text>
          ) : (
            p.replications.map((r) => (
              <Card key={r.id} withBorder padding="sm">
                <Text fw={600}>
                  {r.unitName} · {formatDate(r.adoptedOn)}
                </Text>
                <Text size="sm">{r.result}</Text>
              </Card>
            ))
          )}
        </Stack>
        {p.can.replicateFor.length > 0 && <AdoptForm practice={p} />}
      </Stack>
    </>
  );
};

const AdoptForm = ({ practice }: { practice: PracticeDetail }) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const adopt = useAdopt(practice.id);
  const [unitId, setUnitId] = useState(practice.can.replicateFor[0]?.id ?? "");
  const [adoptedOn, setAdoptedOn] = useState(todayIso());
  const [result, setResult] = useState("");
  const issue = (path: string) =>
    isApiError(adopt.error) ? adopt.error.issues.find((i) => i.path === path)?.message : undefined;
  return (
    <Card
      withBorder
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        // The form goes away once the unit has adopted the practice: say so where it stays visible.
        adopt.mutate(
          { unitId, adoptedOn, result },
          {
            onSuccess: () => notifications.show({ color: "teal", message: t("reportsUi.practices.adopted") }),
          },
        );
      }}
    >
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t("reportsUi.practices.adopt")}
        </Title>
        {practice.can.replicateFor.length > 1 && (
          <Select
            label={t("reportsUi.practices.adoptUnit")}
            data={practice.can.replicateFor.map((u) => ({ value: u.id, label: u.name }))}
            value={unitId}
            onChange={(v) => setUnitId(v ?? "")}
            error={issue("unitId")}
          />
        )}
        <TextInput
          type="date"
          label={t("reportsUi.practices.adoptedOn")}
          value={adoptedOn}
          onChange={(e) => setAdoptedOn(e.currentTarget.value)}
          error={issue("adoptedOn")}
          maw={220}
        />
        <Textarea
          label={t("reportsUi.practices.adoptResult")}
          value={result}
          onChange={(e) => setResult(e.currentTarget.value)}
          error={issue("result")}
          autosize
          minRows={3}
        />
        {adopt.isError && !issue("result") && !issue("adoptedOn") && (
          <Alert color="red" role="alert">
            {errorText(adopt.error)}
          </Alert>
        )}
        {adopt.isSuccess && (
          <Alert color="teal" role="status">
            {t("reportsUi.practices.adopted")}
          </Alert>
        )}
        <Button type="submit" loading={adopt.isPending} w="fit-content">
          {t("reportsUi.practices.adopt")}
        </Button>
      </Stack>
    </Card>
  );
};
