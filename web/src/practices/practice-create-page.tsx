import {
  Alert,
  Anchor,
  Button,
  Group,
  NumberInput,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { isApiError } from "../api/client";
import { useErrorText } from "../api/error-text";
import { useCurrentUser } from "../auth/current-user";
import { useOrgs } from "../orgs/orgs-api";
import { useReport } from "../reports/reports-api";
import { PageHeader } from "../shell/page-header";
import { PageLoader, QueryError } from "../shell/query-state";
import { useYear } from "../shell/year-context";
import { useCreatePractice } from "./practices-api";

type Figure = { label: string; value: number | string; unit: string };
type Origin = {
  unitId: string;
  unitName: string;
  year: number;
  report: { id: string; title: string } | null;
};

const PracticeForm = ({ origin }: { origin: Origin }) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const create = useCreatePractice();
  const [v, setV] = useState({ field: "", title: "", problem: "", howItWorks: "", results: "", contact: "" });
  const [figures, setFigures] = useState<Figure[]>([]);
  const issues = isApiError(create.error) ? create.error.issues : [];
  // A field's error stays until the person changes that field.
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const errorOf = (path: string) =>
    edited.has(path) ? undefined : issues.find((i) => i.path === path)?.message;
  const placed = (p: string) => p in v || p.startsWith("figures");
  const text = (key: keyof typeof v, label: string, area = false) => {
    const props = {
      label,
      value: v[key],
      onChange: (e: { currentTarget: { value: string } }) => {
        const value = e.currentTarget.value;
        setV((prev) => ({ ...prev, [key]: value }));
        setEdited((prev) => new Set(prev).add(key));
      },
      error: errorOf(key),
    };
    return area ? <Textarea {...props} autosize minRows={3} required /> : <TextInput {...props} />;
  };
  const setFigure = (i: number, patch: Partial<Figure>) =>
    setFigures((prev) => prev.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  const submit = () => {
    setEdited(new Set());
    create.mutate(
      {
        unitId: origin.unitId,
        year: origin.year,
        ...v,
        figures: figures.map((f) => ({
          label: f.label,
          value: typeof f.value === "number" ? f.value : Number.NaN,
          unit: f.unit,
        })),
        reportId: origin.report?.id ?? null,
      },
      { onSuccess: (p) => navigate(`/mo-hinh-hay/${p.id}`) },
    );
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      noValidate
    >
      <Stack gap="sm" maw={820}>
        <Text size="sm">
          {t("reportsUi.practiceForm.unit")}: <strong>{origin.unitName}</strong> ·{" "}
          {t("reportsUi.practiceForm.year")} {origin.year}
          {origin.report && (
            <>
              {" · "}
              <Anchor component={Link} to={`/bao-cao/${origin.report.id}`}>
                {t("reportsUi.practiceForm.fromReport", { title: origin.report.title })}
              </Anchor>
            </>
          )}
        </Text>
        {text("title", t("reportsUi.practiceForm.titleField"))}
        {text("field", t("reportsUi.practiceForm.field"))}
        {text("problem", t("reportsUi.practiceForm.problem"), true)}
        {text("howItWorks", t("reportsUi.practiceForm.howItWorks"), true)}
        {text("results", t("reportsUi.practiceForm.results"), true)}
        <Paper withBorder p="sm" radius="md" component="fieldset">
          <Title order={2} fz="h5" component="legend" px={4}>
            {t("reportsUi.practiceForm.figures")}
          </Title>
          <Stack gap="xs">
            {figures.map((f, i) => {
              const n = i + 1;
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
                <Group key={i} gap="xs" align="flex-start" wrap="wrap">
                  <TextInput
                    label={t("reportsUi.practiceForm.figureLabel", { n })}
                    value={f.label}
                    onChange={(e) => setFigure(i, { label: e.currentTarget.value })}
                    error={errorOf(`figures[${i}].label`)}
                    style={{ flex: "2 1 200px" }}
                  />
                  <NumberInput
                    label={t("reportsUi.practiceForm.figureValue", { n })}
                    value={f.value}
                    onChange={(value) => setFigure(i, { value })}
                    decimalSeparator=","
                    thousandSeparator="."
                    error={errorOf(`figures[${i}].value`)}
                    style={{ flex: "1 1 110px" }}
                  />
                  <TextInput
                    label={t("reportsUi.practiceForm.figureUnit", { n })}
                    value={f.unit}
                    onChange={(e) => setFigure(i, { unit: e.currentTarget.value })}
                    style={{ flex: "1 1 110px" }}
                  />
                  <Button
                    variant="default"
                    mt={{ base: 0, sm: 25 }}
                    onClick={() => setFigures((prev) => prev.filter((_, j) => j !== i))}
                  >
                    {t("reportsUi.practiceForm.removeFigure", { n })}
                  </Button>
                </Group>
              );
            })}
            <Button
              variant="light"
              w="fit-content"
              onClick={() => setFigures((prev) => [...prev, { label: "", value: "", unit: "" }])}
            >
              {t("reportsUi.practiceForm.addFigure")}
            </Button>
          </Stack>
        </Paper>
        {text("contact", t("reportsUi.practiceForm.contact"))}
        {create.isError && (issues.length === 0 || !issues.every((i) => placed(i.path))) && (
          <Alert color="red" role="alert" title={t("reportsUi.practiceForm.failed")}>
            {errorText(create.error)}
          </Alert>
        )}
        <Button type="submit" loading={create.isPending} w="fit-content">
          {t("reportsUi.practiceForm.submit")}
        </Button>
      </Stack>
    </form>
  );
};

const FromReport = ({ reportId }: { reportId: string }) => {
  const report = useReport(reportId);
  if (report.isPending) return <PageLoader />;
  if (report.isError) return <QueryError error={report.error} onRetry={() => void report.refetch()} />;
  const r = report.data;
  return (
    <PracticeForm
      origin={{ unitId: r.unitId, unitName: r.unitName, year: r.year, report: { id: r.id, title: r.title } }}
    />
  );
};

/** Without a report: the first unit the user edits, in the selected year. */
const Direct = () => {
  const { t } = useTranslation();
  const { year } = useYear();
  const { grants } = useCurrentUser();
  const orgs = useOrgs(year);
  const unitId = grants.find((g) => g.role === "unit_editor" && g.unitId)?.unitId;
  if (!unitId) return <Text>{t("reportsUi.practiceForm.noUnit")}</Text>;
  if (orgs.isPending) return <PageLoader />;
  const unitName = orgs.data?.find((o) => o.id === unitId)?.name ?? "";
  return <PracticeForm origin={{ unitId, unitName, year, report: null }} />;
};

/** /mo-hinh-hay/moi[?baoCao=ID] — a unit records a good practice, from its report or on its own. */
export const PracticeCreatePage = () => {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const reportId = params.get("baoCao");
  return (
    <>
      <PageHeader title={t("reportsUi.practiceForm.title")} />
      {reportId ? <FromReport reportId={reportId} /> : <Direct />}
    </>
  );
};
