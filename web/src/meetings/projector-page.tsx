import { Box, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { RequireAuth } from "../auth/require-auth";
import { useDocumentTitle } from "../shell/page-header";
import { PageLoader, QueryError } from "../shell/query-state";
import { useMeeting, useMeetingLive } from "./meetings-api";
import { useElapsed } from "./use-elapsed";
import { VoteResult } from "./vote-result";

/** /hoi-nghi/:id/trinh-chieu — for the hall's screen: current item, speaker and timer, the vote; large type, live. */
export const ProjectorPage = () => {
  const { t } = useTranslation();
  const id = useParams().id ?? "";
  const query = useMeeting(id);
  const live = useMeetingLive(id);
  const view = query.data;
  const item = view?.agenda.find((i) => i.id === view.meeting.currentItemId);
  const speaking = view?.agenda.flatMap((i) => i.speeches).find((s) => s.status === "speaking");
  const elapsed = useElapsed(speaking?.startedAt ?? null);
  useDocumentTitle(`${t("meetings.projector")} — ${view?.meeting.title ?? ""}`);
  if (query.isPending) return <PageLoader />;
  if (query.isError || !view)
    return <QueryError error={query.error} onRetry={() => void query.refetch()} fullPage />;
  const speaker = view.delegates.find((d) => d.id === speaking?.delegateId);
  const vote =
    view.votes.find((v) => v.status === "open") ?? view.votes.filter((v) => v.status === "closed").at(-1);
  return (
    <Box component="main" p={{ base: "md", sm: "xl" }} bg="dark.8" c="white" mih="100vh" aria-live="polite">
      <Stack gap="xl">
        <Text fz={{ base: "1.2rem", sm: "1.6rem" }} c={live ? "teal.3" : "yellow.4"}>
          {view.meeting.title} · {live ? t("meetings.live") : t("meetings.offline")}
        </Text>
        <Title order={1} fz={{ base: "2rem", sm: "3.4rem" }} lh={1.2}>
          {item ? `${item.position}. ${item.title}` : t(`meetings.status.${view.meeting.status}`)}
        </Title>
        <Box>
          <Text fz={{ base: "1.2rem", sm: "1.6rem" }} c="gray.4">
            {t("meetings.speech.speaking")}
          </Text>
          <Text fz={{ base: "1.8rem", sm: "3rem" }} fw={700}>
            {speaker ? speaker.fullName : t("meetings.nobodySpeaking")}
          </Text>
          {speaker && <Text fz={{ base: "1.2rem", sm: "1.8rem" }}>{speaker.post}</Text>}
          {elapsed && (
            <Text
              fz={{ base: "2.4rem", sm: "4.5rem" }}
              fw={700}
              ff="monospace"
              aria-label={t("meetings.timer")}
            >
              {elapsed}
            </Text>
          )}
        </Box>
        {vote && (
          <Box>
            <Title order={2} fz={{ base: "1.6rem", sm: "2.6rem" }}>
              {vote.question}
            </Title>
            {vote.status === "open" ? (
              <Text fz={{ base: "2rem", sm: "3.6rem" }} fw={700}>
                {t("meetings.turnout", vote.turnout)}
              </Text>
            ) : (
              <VoteResult vote={vote} large />
            )}
          </Box>
        )}
      </Stack>
    </Box>
  );
};

/** The projector outside the app's frame, still behind sign-in. */
export const ProjectorRoute = () => (
  <RequireAuth>
    <ProjectorPage />
  </RequireAuth>
);
