import { readFile } from "node:fs/promises";
import { formatIssue, MSG, parseClusterYear, scoreClusterYear } from "../core/scoring/index";

export interface ScoreIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/**
 * `thidua score FILE`: prints the file's `thidua.ranking/v1` JSON and returns 0; on a bad or unreadable
 * file prints one line per problem on stderr, nothing on stdout, and returns 2.
 */
export async function runScore(filePath: string, io: ScoreIo): Promise<number> {
  let text: string;
  try {
    text = await readFile(filePath, "utf8");
  } catch (error) {
    io.stderr(MSG.cannotRead(filePath, readError(error)));
    return 2;
  }
  // Editors on Windows often save UTF-8 with a byte-order mark, which JSON.parse refuses.
  const parsed = parseClusterYear(text.startsWith("\uFEFF") ? text.slice(1) : text);
  if (!parsed.ok) {
    for (const issue of parsed.issues) io.stderr(formatIssue(issue));
    return 2;
  }
  io.stdout(JSON.stringify(scoreClusterYear(parsed.file), null, 2));
  return 0;
}

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "no such file (ENOENT)";
  if (code === "EISDIR") return "it is a directory (EISDIR)";
  if (code === "EACCES") return "permission denied (EACCES)";
  return error instanceof Error ? error.message : String(error);
}
