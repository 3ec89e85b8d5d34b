import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { MeetingStatus, Vote } from "./meetings-api";

const MEETING: Record<MeetingStatus, string> = { planned: "blue.8", running: "orange.9", ended: "gray.7" };
const VOTE: Record<Vote["status"], string> = { draft: "gray.7", open: "orange.9", closed: "teal.9" };

export const MeetingStatusBadge = ({ status }: { status: MeetingStatus }) => {
  const { t } = useTranslation();
  return (
    <Badge color={MEETING[status]} variant="filled" size="lg">
      {t(`meetings.status.${status}`)}
    </Badge>
  );
};

export const VoteStatusBadge = ({ status }: { status: Vote["status"] }) => {
  const { t } = useTranslation();
  return (
    <Badge color={VOTE[status]} variant="filled">
      {t(`meetings.voteStatus.${status}`)}
    </Badge>
  );
};

/** "24/11/2020 14:00" in Vietnam's time. */
export const formatWhen = (iso: string): string =>
  new Intl.DateTimeFormat("vi-VN", {
    timeZone: "Asia/Ho_Chi_Minh",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  })
    .format(new Date(iso))
    .replace(",", "");
