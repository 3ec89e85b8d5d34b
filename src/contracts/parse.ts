import type { z } from "zod";
import { AppError } from "../server/errors";

/** Issues as { path: "a.b[0]", message } for the 400 body and form fields. */
export function locateIssues(issues: readonly z.core.$ZodIssue[]): { path: string; message: string }[] {
  return issues.map((issue) => ({
    path: issue.path
      .map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
      .join(""),
    message: issue.message,
  }));
}

export function validationError(issues: { path: string; message: string }[]): AppError {
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
