// A problem in a refused file, located by a JSON path such as `scores.HL["I.2"].actual`.

export interface Issue {
  /** JSON path from the file's root; "" for the file as a whole. */
  readonly path: string;
  readonly message: string;
}

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `scores.HL["I.2"].actual`: dots for identifier-like keys, `["…"]` for other keys, `[i]` for indexes. */
export function formatPath(segments: readonly PathSegment[]): string {
  return segments.reduce<string>(childPath, "");
}

/** Appends one segment to an already formatted path. */
export function childPath(path: string, segment: PathSegment): string {
  if (typeof segment === "number") return `${path}[${segment}]`;
  if (IDENTIFIER.test(segment)) return path === "" ? segment : `${path}.${segment}`;
  return `${path}[${JSON.stringify(segment)}]`;
}

/** The line printed for an issue: `path: message` (`(file): message` for the file as a whole). */
export function formatIssue(issue: Issue): string {
  return `${issue.path === "" ? "(file)" : issue.path}: ${issue.message}`;
}
