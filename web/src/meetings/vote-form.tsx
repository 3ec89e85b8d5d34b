import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  Textarea,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/client";
import type { MeetingView } from "./meetings-api";
import { useMeetingAction } from "./meetings-api";

type Threshold = "majorityOfValid" | "twoThirdsOfValid" | "percentOfEligible";
const THRESHOLDS: readonly Threshold[] = ["majorityOfValid", "twoThirdsOfValid", "percentOfEligible"];
const asNumber = (v: number | string) => (typeof v === "number" ? v : Number.NaN);

/**
 * Prepares a vote: a motion or an election among the member units (and others typed in), secret or named, its
 * threshold and quorum, and the agenda item it belongs to. It opens later, from its card ("Mở biểu quyết").
 */
export const VoteForm = ({ view, onDone }: { view: MeetingView; onDone: () => void }) => {
  const { t } = useTranslation();
  const save = useMeetingAction(view.meeting.id);
  const [question, setQuestion] = useState("");
  const [kind, setKind] = useState<"motion" | "election">("motion");
  const [secret, setSecret] = useState(true);
  const [itemId, setItemId] = useState(view.meeting.currentItemId ?? "");
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [others, setOthers] = useState("");
  const [seats, setSeats] = useState<number | string>(1);
  const [threshold, setThreshold] = useState<Threshold>("majorityOfValid");
  const [percent, setPercent] = useState<number | string>(50);
  const [quorum, setQuorum] = useState<number | string>("");
  const issues = isApiError(save.error) ? save.error.issues : [];
  const errorOf = (path: string) =>
    issues.find((i) => i.path === path || i.path.startsWith(`${path}[`) || i.path.startsWith(`${path}.`))
      ?.message;

  const submit = () => {
    const candidates =
      kind === "election"
        ? [
            ...view.units
              .filter((u) => unitIds.includes(u.unitId))
              .map((u) => ({ label: u.name, unitId: u.unitId })),
            ...others
              .split("\n")
              .map((l) => l.trim())
              .filter(Boolean)
              .map((label) => ({ label })),
          ]
        : [];
    const body = {
      itemId: itemId || null,
      kind,
      secret,
      question,
      candidates,
      seats: kind === "election" ? asNumber(seats) : 1,
      threshold:
        threshold === "percentOfEligible"
          ? { kind: threshold, percent: asNumber(percent) }
          : { kind: threshold },
      quorum: quorum === "" ? null : { percentOfEligible: asNumber(quorum) },
    };
    save.mutate({ path: "/votes", body }, { onSuccess: onDone });
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      noValidate
    >
      <Stack gap="sm">
        <Textarea
          label={t("meetvote.question")}
          value={question}
          onChange={(e) => setQuestion(e.currentTarget.value)}
          required
          autosize
          minRows={2}
          error={errorOf("question")}
          data-autofocus
        />
        <NativeSelect
          label={t("meetvote.kind")}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value === "election" ? "election" : "motion")}
          data={(["motion", "election"] as const).map((k) => ({ value: k, label: t(`meetvote.kinds.${k}`) }))}
          error={errorOf("kind")}
        />
        {kind === "election" && (
          <>
            <Checkbox.Group
              label={t("meetvote.unitCandidates")}
              value={unitIds}
              onChange={setUnitIds}
              error={errorOf("candidates")}
            >
              <Stack gap={4} mt={4}>
                {view.units.map((u) => (
                  <Checkbox key={u.unitId} value={u.unitId} label={u.name} />
                ))}
              </Stack>
            </Checkbox.Group>
            <Textarea
              label={t("meetvote.otherCandidates")}
              description={t("meetvote.otherCandidatesHint")}
              value={others}
              onChange={(e) => setOthers(e.currentTarget.value)}
              autosize
              minRows={2}
            />
            <NumberInput
              label={t("meetvote.seats")}
              value={seats}
              onChange={setSeats}
              min={1}
              max={20}
              error={errorOf("seats")}
            />
          </>
        )}
        <NativeSelect
          label={t("meetvote.method")}
          value={secret ? "secret" : "named"}
          onChange={(e) => setSecret(e.currentTarget.value === "secret")}
          data={(["secret", "named"] as const).map((m) => ({ value: m, label: t(`meetvote.methods.${m}`) }))}
          error={errorOf("secret")}
        />
        <NativeSelect
          label={t("meetvote.threshold")}
          value={threshold}
          onChange={(e) =>
            setThreshold(THRESHOLDS.find((x) => x === e.currentTarget.value) ?? "majorityOfValid")
          }
          data={THRESHOLDS.map((x) => ({ value: x, label: t(`meetvote.thresholds.${x}`) }))}
          error={threshold === "percentOfEligible" ? undefined : errorOf("threshold")}
        />
        {threshold === "percentOfEligible" && (
          <NumberInput
            label={t("meetvote.percent")}
            value={percent}
            onChange={setPercent}
            min={1}
            max={100}
            suffix=" %"
            error={errorOf("threshold")}
          />
        )}
        <NumberInput
          label={t("meetvote.quorum")}
          description={t("meetvote.quorumHint")}
          value={quorum}
          onChange={setQuorum}
          min={1}
          max={100}
          suffix=" %"
          error={errorOf("quorum")}
        />
        {view.agenda.length > 0 && (
          <NativeSelect
            label={t("meetvote.item")}
            value={itemId}
            onChange={(e) => setItemId(e.currentTarget.value)}
            data={[
              { value: "", label: t("meetvote.noItem") },
              ...view.agenda.map((i) => ({ value: i.id, label: `${i.position}. ${i.title}` })),
            ]}
            error={errorOf("itemId")}
          />
        )}
        {save.error && issues.length === 0 && <Alert color="red">{save.error.message}</Alert>}
        <Text size="sm" c="dimmed">
          {t("meetvote.hint")}
        </Text>
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t("meetvote.save")}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
