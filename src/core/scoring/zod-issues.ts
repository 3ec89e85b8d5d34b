import type { z } from "zod";
import { formatPath, type Issue } from "./issues";
import { MSG } from "./messages";

// Zod's issues, reworded with the messages of messages.ts and located by JSON path.

type RawIssue = z.core.$ZodRawIssue;

const TYPE_MESSAGES: Record<string, string> = {
  string: MSG.string,
  number: MSG.number,
  int: MSG.wholeCount,
  boolean: MSG.boolean,
  array: MSG.array,
  object: MSG.object,
  record: MSG.object,
};

/** The error map passed to `safeParse` for issues whose schema sets no message of its own. */
export function zodMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return MSG.required;
      return TYPE_MESSAGES[issue.expected] ?? `must be ${issue.expected}`;
    case "unrecognized_keys":
      return MSG.unknownField;
    case "invalid_value":
      return MSG.oneOf(issue.values);
    case "invalid_union":
      return MSG.unknownMethod;
    default:
      return undefined;
  }
}

/** One Issue per problem; an object with several unknown fields gives one issue per field. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((s): s is string | number => typeof s !== "symbol");
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) out.push({ path: formatPath([...path, key]), message: MSG.unknownField });
    } else {
      out.push({ path: formatPath(path), message: issue.message });
    }
  }
  return out;
}
