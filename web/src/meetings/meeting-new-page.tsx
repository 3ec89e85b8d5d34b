import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  Paper,
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
import { useCurrentUser } from "../auth/current-user";
import { useClusters } from "../clusters/clusters-api";
import { useOrgs } from "../orgs/orgs-api";
import { usePeople } from "../people/people-api";
import { Empty } from "../shell/empty";
import { PageHeader } from "../shell/page-header";
import { PageLoader, QueryError } from "../shell/query-state";
import { useYear } from "../shell/year-context";
import { mayConvene } from "./convene-rule";
import type { MeetingKind } from "./meetings-api";
import { emptyOfficer, OfficerField, officerInput } from "./officer-field";
import { useConvene, useMeetingAccounts, vnInstant } from "./prep-api";

const KINDS: MeetingKind[] = ["giao_ban", "so_ket_6_thang", "tong_ket_nam", "bat_thuong"];

const Part = ({ id, title, children }: { id: string; title: string; children: ReactNode }) => (
  <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
    <Title order={2} fz="h4" id={id} mb="sm">
      {title}
    </Title>
    <Stack gap="sm">{children}</Stack>
  </Paper>
);

/** /hoi-nghi/moi — the council or a cluster head convenes a meeting; the agenda and delegates follow on its page. */
export const MeetingNewPage = () => {
  const { t } = useTranslation();
  const { year } = useYear();
  const { grants } = useCurrentUser();
  const clusters = useClusters(year);
  const orgs = useOrgs(year);
  const header = <PageHeader title={t("meetprep.newTitle")} subtitle={t("meetprep.newSubtitle")} />;
  if (clusters.isPending || orgs.isPending) return <PageLoader />;
  if (clusters.isError) return <QueryError error={clusters.error} onRetry={() => void clusters.refetch()} />;
  if (orgs.isError) return <QueryError error={orgs.error} onRetry={() => void orgs.refetch()} />;
  const mine = clusters.data.filter((c) => mayConvene(grants, c));
  if (mine.length === 0)
    return (
      <>
        {header}
        <Empty title={t("meetprep.newTitle")} description={t("meetprep.noCluster", { year })} icon="∅" />
      </>
    );
  const conveners = [...orgs.data].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "council" ? -1 : 1));
  return (
    <>
      {header}
      <ConveneForm
        clusters={mine.map((c) => ({ value: c.id, label: c.shortName ?? c.name }))}
        conveners={conveners.map((o) => ({ value: o.id, label: o.name }))}
        year={year}
      />
    </>
  );
};

type Option = { value: string; label: string };

const ConveneForm = ({
  clusters,
  conveners,
  year,
}: {
  clusters: Option[];
  conveners: Option[];
  year: number;
}) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const convene = useConvene();
  const [clusterId, setClusterId] = useState(clusters[0]?.value ?? "");
  const [kind, setKind] = useState<MeetingKind>("giao_ban");
  const [title, setTitle] = useState("");
  const [purpose, setPurpose] = useState("");
  const [date, setDate] = useState("");
  const [time, setTime] = useState("08:00");
  const [place, setPlace] = useState("");
  const [convenerOrgId, setConvener] = useState(conveners[0]?.value ?? "");
  const [chair, setChair] = useState(emptyOfficer);
  const [secretary, setSecretary] = useState(emptyOfficer);
  const people = usePeople(date || `${year}-12-31`);
  const accounts = useMeetingAccounts(clusterId, true);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const touch = (path: string) => setEdited((prev) => new Set(prev).add(path));
  const issues = isApiError(convene.error) ? convene.error.issues : [];
  const errorOf = (path: string) =>
    edited.has(path) ? undefined : (local[path] ?? issues.find((i) => i.path === path)?.message);
  const placed = (p: string) =>
    ["title", "purpose", "startsAt", "place", "kind", "clusterId", "convenerOrgId"].includes(p) ||
    p.startsWith("chair.") ||
    p.startsWith("secretary.");
  const elsewhere = issues.length === 0 || issues.some((i) => !placed(i.path));

  const submit = () => {
    setEdited(new Set());
    // A date or time the browser cannot turn into an instant is named here; everything else the server checks.
    const missing: Record<string, string> = {};
    if (!date) missing.date = t("meetprep.required");
    if (!time) missing.time = t("meetprep.required");
    setLocal(missing);
    if (Object.keys(missing).length > 0) return;
    convene.mutate(
      {
        clusterId,
        kind,
        title,
        purpose,
        startsAt: vnInstant(date, time),
        place,
        convenerOrgId,
        chair: officerInput(chair, accounts.isSuccess),
        secretary: officerInput(secretary, accounts.isSuccess),
      },
      { onSuccess: (view) => navigate(`/hoi-nghi/${view.meeting.id}`) },
    );
  };
  const text = (path: string, set: (v: string) => void) => (v: string) => {
    set(v);
    touch(path);
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
        <Part id="meeting-basics" title={t("meetprep.parts.basics")}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t("meetprep.cluster")}
              value={clusterId}
              onChange={(e) => setClusterId(e.currentTarget.value)}
              data={clusters}
              error={errorOf("clusterId")}
            />
            <NativeSelect
              label={t("meetprep.kind")}
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as MeetingKind)}
              data={KINDS.map((k) => ({ value: k, label: t(`meetings.kinds.${k}`) }))}
              error={errorOf("kind")}
            />
          </SimpleGrid>
          <TextInput
            label={t("meetprep.title")}
            placeholder={t("meetprep.titleHint")}
            value={title}
            onChange={(e) => text("title", setTitle)(e.currentTarget.value)}
            required
            error={errorOf("title")}
          />
          <Textarea
            label={t("meetprep.purpose")}
            value={purpose}
            onChange={(e) => text("purpose", setPurpose)(e.currentTarget.value)}
            autosize
            minRows={2}
            required
            error={errorOf("purpose")}
          />
          <NativeSelect
            label={t("meetprep.convener")}
            value={convenerOrgId}
            onChange={(e) => setConvener(e.currentTarget.value)}
            data={conveners}
            error={errorOf("convenerOrgId")}
          />
        </Part>
        <Part id="meeting-time" title={t("meetprep.parts.time")}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              label={t("meetprep.date")}
              value={date}
              onChange={(e) => text("date", setDate)(e.currentTarget.value)}
              required
              error={errorOf("date") ?? errorOf("startsAt")}
            />
            <TextInput
              type="time"
              label={t("meetprep.time")}
              value={time}
              onChange={(e) => text("time", setTime)(e.currentTarget.value)}
              required
              error={errorOf("time")}
            />
          </SimpleGrid>
          <TextInput
            label={t("meetprep.place")}
            value={place}
            onChange={(e) => text("place", setPlace)(e.currentTarget.value)}
            required
            error={errorOf("place")}
          />
        </Part>
        <Part id="meeting-people" title={t("meetprep.parts.people")}>
          {(["chair", "secretary"] as const).map((role) => (
            <OfficerField
              key={role}
              role={role}
              people={people.data ?? []}
              day={date || `${year}-12-31`}
              value={role === "chair" ? chair : secretary}
              onChange={(v) => {
                (role === "chair" ? setChair : setSecretary)(v);
                touch(`${role}.fullName`);
                touch(`${role}.post`);
                touch(`${role}.userId`);
              }}
              errorOf={errorOf}
              accounts={accounts.data}
            />
          ))}
        </Part>
        {convene.isError && elsewhere && (
          <Alert color="red" role="alert" title={t("meetprep.failed")}>
            {errorText(convene.error)}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={convene.isPending}>
            {t("meetprep.submit")}
          </Button>
          <Anchor component={Link} to="/hoi-nghi">
            {t("common.cancel")}
          </Anchor>
        </Group>
      </Stack>
    </form>
  );
};
