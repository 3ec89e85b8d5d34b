import { Alert, Button, Group, Modal, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/client";
import { useErrorText } from "../api/error-text";
import { todayIso } from "../lib/format";
import { IssueList } from "../shell/issue-list";
import { type IssuableKind, useIssueDocument } from "./documents-api";

/** Issues a year-end report or a proposal: its date and what the head writes; the server gives the number. */
export const IssueForm = ({
  clusterId,
  kind,
  name,
  defaultDate,
  onClose,
}: {
  clusterId: string;
  kind: IssuableKind;
  name: string;
  defaultDate: string;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const issue = useIssueDocument(clusterId, kind);
  const [date, setDate] = useState(defaultDate < todayIso() ? defaultDate : todayIso());
  const [results, setResults] = useState("");
  const [shortcomings, setShortcomings] = useState("");
  const [tasks, setTasks] = useState("");
  const [vote, setVote] = useState("");
  const issues = isApiError(issue.error) ? issue.error.issues : [];
  const fieldError = (path: string) => issues.find((i) => i.path === path)?.message;
  const submit = () =>
    issue.mutate(
      kind === "year-end-report"
        ? {
            date,
            ...(results.trim() ? { results } : {}),
            ...(shortcomings.trim() ? { shortcomings } : {}),
            nextYearTasks: tasks
              .split("\n")
              .map((l) => l.trim())
              .filter((l) => l.length > 0),
          }
        : { date, ...(vote.trim() ? { voteResult: vote } : {}) },
      { onSuccess: onClose },
    );
  return (
    <Modal opened onClose={onClose} title={t("documents.issueTitle", { name })} size="lg">
      <Stack gap="sm">
        <Text size="sm">{t("documents.issueHelp")}</Text>
        <TextInput
          type="date"
          label={t("documents.issueDate")}
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          error={fieldError("date")}
          required
        />
        {kind === "year-end-report" ? (
          <>
            <Textarea
              label={t("documents.results")}
              value={results}
              onChange={(e) => setResults(e.currentTarget.value)}
              autosize
              minRows={3}
              error={fieldError("results")}
            />
            <Textarea
              label={t("documents.shortcomings")}
              value={shortcomings}
              onChange={(e) => setShortcomings(e.currentTarget.value)}
              autosize
              minRows={3}
              error={fieldError("shortcomings")}
            />
            <Textarea
              label={t("documents.nextYearTasks")}
              value={tasks}
              onChange={(e) => setTasks(e.currentTarget.value)}
              autosize
              minRows={3}
            />
          </>
        ) : (
          <Textarea
            label={t("documents.voteResult")}
            value={vote}
            onChange={(e) => setVote(e.currentTarget.value)}
            autosize
            minRows={2}
            error={fieldError("voteResult")}
          />
        )}
        {issue.isError && (
          <Alert color="red" role="alert">
            {errorText(issue.error)}
          </Alert>
        )}
        {issues.length > 0 && <IssueList issues={issues} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button onClick={submit} loading={issue.isPending}>
            {t("documents.issueConfirm")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
