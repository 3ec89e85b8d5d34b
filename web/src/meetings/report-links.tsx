import { Anchor, Button, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { MeetingView } from "./meetings-api";
import { reportHref, useMeetingAction } from "./meetings-api";

/** The news report: drafted from the record by whoever keeps it, then read as HTML or downloaded as Markdown. */
export const ReportLinks = ({ view }: { view: MeetingView }) => {
  const { t } = useTranslation();
  const action = useMeetingAction(view.meeting.id);
  return (
    <>
      {view.can.keepRecord && !view.report.drafted && (
        <Button
          size="xs"
          variant="light"
          loading={action.isPending}
          onClick={() => action.mutate({ path: "/report/draft" })}
        >
          {t("meetvote.draftReport")}
        </Button>
      )}
      {view.report.drafted && (
        <>
          <Anchor href={reportHref(view.meeting.id, "html")} target="_blank">
            {t("meetings.report")}
          </Anchor>
          <Anchor href={reportHref(view.meeting.id, "md")}>{t("meetvote.reportMd")}</Anchor>
        </>
      )}
      {action.error && (
        <Text c="red.8" size="sm" role="alert">
          {action.error.message}
        </Text>
      )}
    </>
  );
};
