import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { isApiError } from "../api/client";
import { useErrorText } from "../api/error-text";
import type { ClusterDetail } from "../api/types";
import { ClusterScope, clusterPath } from "../shell/cluster-scope";
import { PageHeader } from "../shell/page-header";
import { ConclusionPicker, type PickedConclusion } from "./conclusion-picker";
import { type CreateTaskInput, useCreateTask } from "./tasks-api";
import { type Assignment, UnitAssignment } from "./unit-assignment";

const CADENCES = ["monthly", "quarterly", "half_yearly"] as const;
type Cadence = (typeof CADENCES)[number];

const Part = ({ id, title, children }: { id: string; title: string; children: ReactNode }) => (
  <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
    <Title order={2} fz="h4" id={id} mb="sm">
      {title}
    </Title>
    <Stack gap="sm">{children}</Stack>
  </Paper>
);

const numberOrNaN = (v: number | string) => (typeof v === "number" ? v : Number.NaN);

const TaskForm = ({ cluster }: { cluster: ClusterDetail }) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const create = useCreateTask();
  const [origin, setOrigin] = useState<"direct" | "conclusion">("direct");
  const [meetingId, setMeetingId] = useState("");
  const [picked, setPicked] = useState<PickedConclusion | null>(null);
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [indicator, setIndicator] = useState("");
  const [indicatorUnit, setIndicatorUnit] = useState("");
  const [weight, setWeight] = useState<number | string>(1);
  const [startDate, setStartDate] = useState(`${cluster.year}-01-01`);
  const [deadline, setDeadline] = useState(`${cluster.year}-12-31`);
  const [cadence, setCadence] = useState<Cadence>("quarterly");
  const [assignment, setAssignment] = useState<Assignment>({ all: true, units: [], lead: "", targets: {} });
  const issues = isApiError(create.error) ? create.error.issues : [];
  // A field's error stays until the person changes that field.
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const touch = (path: string) => setEdited((prev) => new Set(prev).add(path));
  const errorOf = (path: string) =>
    edited.has(path) ? undefined : issues.find((i) => i.path === path)?.message;
  const shown = ["title", "description", "indicator", "indicatorUnit", "weight", "startDate", "deadline"];
  const placed = (p: string) =>
    shown.includes(p) || p === "leadUnitId" || p.startsWith("assignTo") || p.startsWith("targets.");
  const elsewhere = issues.length === 0 || issues.some((i) => !placed(i.path));

  const pick = (p: PickedConclusion) => {
    setPicked(p);
    setTitle(p.text);
  };
  const submit = () => {
    setEdited(new Set());
    const assigned = assignment.all ? cluster.members.map((m) => m.unitId) : assignment.units;
    const targets: Record<string, number> = {};
    if (indicator.trim())
      for (const unitId of assigned) {
        const v = assignment.targets[unitId];
        if (v !== undefined && v !== "") targets[unitId] = numberOrNaN(v);
      }
    const input: CreateTaskInput = {
      clusterId: cluster.id,
      title,
      description,
      assignTo: assignment.all ? "all" : assignment.units,
      targets,
      weight: numberOrNaN(weight),
      startDate,
      deadline,
      cadence,
      ...(assignment.lead ? { leadUnitId: assignment.lead } : {}),
      ...(indicator.trim() ? { indicator, indicatorUnit: indicatorUnit || undefined } : {}),
      ...(origin === "conclusion" && picked
        ? { source: { kind: "meeting_conclusion", id: `${picked.meetingId}#${picked.index + 1}` } }
        : {}),
    };
    create.mutate(input, {
      onSuccess: (view) => navigate(`/nhiem-vu/${view.id}?year=${cluster.year}`),
    });
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      noValidate
    >
      <Stack gap="md" maw={820}>
        <Part id="task-origin" title={t("tasks.create.origin")}>
          <Radio.Group
            label={t("tasks.create.originLabel")}
            value={origin}
            onChange={(v) => setOrigin(v === "conclusion" ? "conclusion" : "direct")}
          >
            <Group gap="lg" mt="xs">
              <Radio value="direct" label={t("tasks.create.direct")} />
              <Radio value="conclusion" label={t("tasks.create.fromConclusion")} />
            </Group>
          </Radio.Group>
          {origin === "conclusion" && (
            <ConclusionPicker meetingId={meetingId} onMeeting={setMeetingId} picked={picked} onPick={pick} />
          )}
          <Textarea
            label={t("tasks.create.taskTitle")}
            value={title}
            onChange={(e) => {
              setTitle(e.currentTarget.value);
              touch("title");
            }}
            autosize
            minRows={2}
            required
            error={errorOf("title")}
          />
          <Textarea
            label={t("tasks.create.description")}
            description={t("tasks.create.descriptionHint")}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            autosize
            minRows={2}
            error={errorOf("description")}
          />
        </Part>
        <Part id="task-indicator" title={t("tasks.create.measure")}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t("tasks.create.indicator")}
              placeholder={t("tasks.create.indicatorHint")}
              value={indicator}
              onChange={(e) => setIndicator(e.currentTarget.value)}
              error={errorOf("indicator")}
            />
            <TextInput
              label={t("tasks.create.indicatorUnit")}
              placeholder={t("tasks.create.indicatorUnitHint")}
              value={indicatorUnit}
              onChange={(e) => setIndicatorUnit(e.currentTarget.value)}
              error={errorOf("indicatorUnit")}
            />
          </SimpleGrid>
        </Part>
        <Part id="task-units" title={t("tasks.create.units")}>
          <UnitAssignment
            members={cluster.members}
            value={assignment}
            onChange={setAssignment}
            withTargets={indicator.trim() !== ""}
            errorOf={errorOf}
          />
        </Part>
        <Part id="task-time" title={t("tasks.create.time")}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              label={t("tasks.start")}
              value={startDate}
              onChange={(e) => {
                setStartDate(e.currentTarget.value);
                touch("startDate");
              }}
              error={errorOf("startDate")}
              required
            />
            <TextInput
              type="date"
              label={t("tasks.create.deadline")}
              value={deadline}
              onChange={(e) => {
                setDeadline(e.currentTarget.value);
                touch("deadline");
              }}
              error={errorOf("deadline")}
              required
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t("tasks.create.cadence")}
              value={cadence}
              onChange={(e) => setCadence(e.currentTarget.value as Cadence)}
              data={CADENCES.map((c) => ({ value: c, label: t(`tasks.cadence.${c}`) }))}
            />
            <NumberInput
              label={t("tasks.weight")}
              description={t("tasks.create.weightHint")}
              min={1}
              max={100}
              value={weight}
              onChange={setWeight}
              error={errorOf("weight")}
            />
          </SimpleGrid>
        </Part>
        {create.isError && elsewhere && (
          <Alert color="red" role="alert" title={t("tasks.create.failed")}>
            {errorText(create.error)}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t("tasks.create.submit")}
          </Button>
          <Anchor component={Link} to={clusterPath("/nhiem-vu", cluster)}>
            {t("common.cancel")}
          </Anchor>
        </Group>
      </Stack>
    </form>
  );
};

/** /nhiem-vu/moi?cum=ID — the head or the council gives the cluster a key task, directly or from a meeting's conclusions. */
export const TaskCreatePage = () => {
  const { t } = useTranslation();
  return (
    <ClusterScope path="/nhiem-vu/moi" title={t("tasks.create.title")}>
      {(cluster) => (
        <>
          <PageHeader title={t("tasks.create.title")} subtitle={`${cluster.name} · ${cluster.year}`} />
          <TaskForm cluster={cluster} />
        </>
      )}
    </ClusterScope>
  );
};
