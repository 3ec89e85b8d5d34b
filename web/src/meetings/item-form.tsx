import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/client";
import type { AgendaItem, MeetingView } from "./meetings-api";
import { usePrepAction } from "./prep-api";
import { PrepError } from "./stale-alert";

const rankingRef = (clusterId: string) => `ranking:${clusterId}`;

/**
 * Adds an agenda item, or edits one (then with the version last seen: a stale one is shown as a 409). Loading
 * the latest version keeps what was typed; saving again goes against the fresh version.
 */
export const ItemForm = ({
  view,
  item,
  onDone,
}: {
  view: MeetingView;
  item?: AgendaItem;
  onDone: () => void;
}) => {
  const { t } = useTranslation();
  const save = usePrepAction(view.meeting.id);
  const ranking = rankingRef(view.meeting.clusterId);
  const [title, setTitle] = useState(item?.title ?? "");
  const [presenter, setPresenter] = useState(item?.presenterDelegateId ?? "");
  const [minutes, setMinutes] = useState<number | string>(item?.plannedMinutes ?? 15);
  const [docs, setDocs] = useState(
    (item?.documents ?? [])
      .filter((d) => d.ref !== ranking)
      .map((d) => d.label)
      .join("\n"),
  );
  const [withRanking, setWithRanking] = useState(item?.documents.some((d) => d.ref === ranking) ?? false);
  const issues = isApiError(save.error) ? save.error.issues : [];
  const errorOf = (path: string) =>
    issues.find((i) => i.path === path || i.path.startsWith(`${path}[`))?.message;

  const submit = () => {
    const documents: { label: string; ref?: string }[] = docs
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean)
      .map((label) => ({ label }));
    if (withRanking)
      documents.push({
        label: `Kết quả xếp hạng ${view.meeting.clusterName} năm ${view.meeting.clusterYear}`,
        ref: ranking,
      });
    const body = {
      title,
      presenterDelegateId: presenter || null,
      plannedMinutes: typeof minutes === "number" ? minutes : Number.NaN,
      documents,
    };
    save.mutate(
      item
        ? { path: `/agenda/${item.id}`, method: "PUT", body: { ...body, version: view.meeting.version } }
        : { path: "/agenda", body },
      { onSuccess: onDone },
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
      <Stack gap="sm">
        <TextInput
          label={t("meetprep.agenda.itemTitle")}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          required
          error={errorOf("title")}
          data-autofocus
        />
        <Group grow align="flex-start" wrap="wrap">
          <NativeSelect
            label={t("meetprep.agenda.presenter")}
            value={presenter}
            onChange={(e) => setPresenter(e.currentTarget.value)}
            data={[
              { value: "", label: t("meetprep.agenda.noPresenter") },
              ...view.delegates.map((d) => ({ value: d.id, label: `${d.fullName} — ${d.post}` })),
            ]}
            error={errorOf("presenterDelegateId")}
            miw={200}
          />
          <NumberInput
            label={t("meetprep.agenda.minutes")}
            value={minutes}
            onChange={setMinutes}
            min={1}
            max={600}
            required
            error={errorOf("plannedMinutes")}
            miw={140}
          />
        </Group>
        <Textarea
          label={t("meetprep.agenda.documents")}
          description={t("meetprep.agenda.documentsHint")}
          value={docs}
          onChange={(e) => setDocs(e.currentTarget.value)}
          autosize
          minRows={2}
          error={errorOf("documents")}
        />
        <Checkbox
          label={t("meetprep.agenda.ranking")}
          checked={withRanking}
          onChange={(e) => setWithRanking(e.currentTarget.checked)}
        />
        <PrepError
          error={issues.length > 0 ? null : save.error}
          meetingId={view.meeting.id}
          onReload={save.reset}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t("meetprep.agenda.save")}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
