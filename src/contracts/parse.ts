import { z } from "zod";
import { AppError } from "../server/errors";

// Zod's own messages (where a contract gives none) in Vietnamese, the interface's first language; each
// issue also carries the English wording for the English interface.
z.config(z.locales.vi());
const english = z.locales.en();

export type LocatedIssue = { path: string; message: string; messageEn?: string };

/** Zod's English for an issue. The final issue no longer holds the input, so "received …" would be wrong. */
const inEnglish = (issue: z.core.$ZodIssue): string | undefined => {
  const text = english.localeError(issue as unknown as Parameters<typeof english.localeError>[0]);
  return (typeof text === "string" ? text : text?.message)?.replace(/, received undefined$/, "");
};

/** Issues as { path: "a.b[0]", message, messageEn } for the 400 body and form fields. */
export function locateIssues(issues: readonly z.core.$ZodIssue[]): LocatedIssue[] {
  return issues.map((issue) => ({
    path: issue.path
      .map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
      .join(""),
    message: issue.message,
    messageEn: inEnglish(issue),
  }));
}

export function validationError(issues: LocatedIssue[]): AppError {
  const first = issues[0];
  const where = first?.path ? `${first.path}: ` : "";
  return new AppError("validation", 400, `Dữ liệu không hợp lệ — ${where}${first?.message ?? ""}`, issues);
}

/** Validates a use case's input; a bad one is a located 400, never a partial write. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (!result.success) throw validationError(locateIssues(result.error.issues));
  return result.data;
}
