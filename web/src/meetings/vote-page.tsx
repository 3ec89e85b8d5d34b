import { Alert, Button, Checkbox, Code, Radio, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { api } from "../api/client";
import { PageHeader } from "../shell/page-header";
import { PageLoader, QueryError } from "../shell/query-state";
import { meetingKeys, useMeeting, useMeetingLive, type Vote } from "./meetings-api";
import { VoteResult } from "./vote-result";

const Ballot = ({ meetingId, vote }: { meetingId: string; vote: Vote }) => {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [choice, setChoice] = useState<string>("");
  const [picked, setPicked] = useState<string[]>([]);
  const cast = useMutation({
    mutationFn: () =>
      api<{ receipt: string }>(`/meetings/${meetingId}/votes/${vote.id}/ballots`, {
        method: "POST",
        body: { ballot: vote.kind === "motion" ? { choice } : { candidateIds: picked } },
      }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: meetingKeys.one(meetingId) }),
  });
  if (cast.data)
    return (
      <Alert color="teal" title={t("meetings.voted")}>
        <Text>{t("meetings.receipt", { code: cast.data.receipt })}</Text>
        <Code fz="xl" data-testid="receipt">
          {cast.data.receipt}
        </Code>
        <Text size="sm">{t("meetings.receiptHint")}</Text>
      </Alert>
    );
  if (vote.me.voted) return <Alert color="teal">{t("meetings.voted")}</Alert>;
  if (!vote.me.eligible) return <Alert color="gray">{t("meetings.notVoter")}</Alert>;
  return (
    <Stack gap="md">
      {vote.kind === "motion" ? (
        <Radio.Group label={t("meetings.yourBallot")} value={choice} onChange={setChoice} size="lg">
          <Stack gap="sm" mt="xs">
            {(["yes", "no", "abstain"] as const).map((c) => (
              <Radio key={c} value={c} label={t(`meetings.choices.${c}`)} />
            ))}
          </Stack>
        </Radio.Group>
      ) : (
        <Checkbox.Group
          label={`${t("meetings.yourBallot")} (≤ ${vote.seats})`}
          value={picked}
          onChange={setPicked}
          size="lg"
        >
          <Stack gap="sm" mt="xs">
            {vote.candidates.map((c) => (
              <Checkbox
                key={c.id}
                value={c.id}
                label={c.label}
                disabled={!picked.includes(c.id) && picked.length >= vote.seats}
              />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      {cast.error && <Alert color="red">{cast.error.message}</Alert>}
      <Button
        size="lg"
        onClick={() => cast.mutate()}
        loading={cast.isPending}
        disabled={vote.kind === "motion" && !choice}
      >
        {vote.kind === "election" && picked.length === 0 ? t("meetings.blank") : t("meetings.cast")}
      </Button>
    </Stack>
  );
};

/** /hoi-nghi/:id/bieu-quyet — a delegate's phone or laptop: the open vote, the ballot, the receipt; live. */
export const VotePage = () => {
  const { t } = useTranslation();
  const id = useParams().id ?? "";
  const query = useMeeting(id);
  useMeetingLive(id);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const view = query.data;
  const open = view.votes.find((v) => v.status === "open");
  const last = view.votes.filter((v) => v.status === "closed").at(-1);
  return (
    <>
      <PageHeader
        title={t("meetings.votePage")}
        subtitle={view.meeting.title}
        actions={
          <Button component={Link} to={`/hoi-nghi/${id}`} variant="default">
            {t("meetings.back")}
          </Button>
        }
      />
      <Stack gap="lg" maw={640}>
        {open ? (
          <>
            <Title order={2}>{open.question}</Title>
            <Text>{t("meetings.turnout", open.turnout)}</Text>
            <Ballot key={open.id} meetingId={id} vote={open} />
          </>
        ) : (
          <Text c="dimmed">{t("meetings.noOpenVote")}</Text>
        )}
        {!open && last && (
          <>
            <Title order={2}>{last.question}</Title>
            <VoteResult vote={last} />
          </>
        )}
      </Stack>
    </>
  );
};
