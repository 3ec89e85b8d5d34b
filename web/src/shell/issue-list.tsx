import { Alert, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ValidationIssue } from "../api/types";

/** "Trang 'HL', dòng 7, cột D: …" — the issue's place, unless the message already says it. */
export const issueText = (issue: ValidationIssue): string =>
  issue.path && !issue.message.startsWith(issue.path) ? `${issue.path}: ${issue.message}` : issue.message;

/** Every problem the server found in a file, each with its place (JSON path, or sheet, row and column). */
export const IssueList = ({ title, issues }: { title?: string; issues: readonly ValidationIssue[] }) => {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  return (
    <Alert color="red" role="alert" title={title ?? t("exchange.issuesTitle", { n: issues.length })} p="xs">
      <List
        size="sm"
        spacing={2}
        aria-label={t("exchange.issuesLabel")}
        mah={320}
        style={{ overflowY: "auto" }}
      >
        {issues.map((issue, i) => (
          // The same message can recur at different places; the index keeps each row.
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered
          <List.Item key={i}>
            <Text size="sm" span>
              {issueText(issue)}
            </Text>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
};
