import { type ClusterYear, ClusterYearSchema } from "../../contracts/cluster-year";
import { jsonTextDepth, MAX_JSON_DEPTH, nestsDeeperThan } from "../text/json-depth";
import { formatPath, type Issue, type PathSegment } from "./issues";
import { MSG } from "./messages";
import { validateClusterYear } from "./validate";
import { fromZodIssues, zodMessage } from "./zod-issues";

export type ParseResult = { ok: true; file: ClusterYear } | { ok: false; issues: Issue[] };

/**
 * Reads a `thidua.cluster-year/v1` file: JSON text, or a value already parsed from JSON. Either the
 * whole file is good, or every problem found is returned (shape problems first; the whole-file rules
 * are checked once the shape is right).
 */
export function parseClusterYear(input: unknown): ParseResult {
  // Checked before anything recursive (JSON.parse's caller, the reserved-key walk, Zod) touches the value.
  const tooDeep =
    typeof input === "string"
      ? jsonTextDepth(input) > MAX_JSON_DEPTH
      : nestsDeeperThan(input, MAX_JSON_DEPTH);
  if (tooDeep) return { ok: false, issues: [{ path: "", message: MSG.tooDeep(MAX_JSON_DEPTH) }] };
  let raw: unknown = input;
  if (typeof input === "string") {
    try {
      raw = JSON.parse(input);
    } catch (error) {
      return { ok: false, issues: [{ path: "", message: MSG.malformedJson(jsonErrorDetail(input, error)) }] };
    }
  }
  // Zod drops "__proto__" keys silently; a file that has one would lose data without a word.
  const reserved: Issue[] = [];
  findReservedKeys(raw, [], reserved);
  const parsed = ClusterYearSchema.safeParse(raw, { error: zodMessage });
  if (!parsed.success) return { ok: false, issues: [...reserved, ...fromZodIssues(parsed.error.issues)] };
  if (reserved.length > 0) return { ok: false, issues: reserved };
  const issues = validateClusterYear(parsed.data);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, file: parsed.data };
}

/** "Expected ',' or '}' … at position 8 (line 2, column 3)": V8 gives the offset; people want lines. */
function jsonErrorDetail(text: string, error: unknown): string {
  // Newer V8s add their own "(line 3 column 5)"; drop it so every Node version prints the same.
  const message = (error instanceof Error ? error.message : String(error)).replace(
    / \(line \d+ column \d+\)$/,
    "",
  );
  const match = /at position (\d+)/.exec(message);
  if (match === null) return message;
  const offset = Number(match[1]);
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return `${message} (line ${line}, column ${column})`;
}

function findReservedKeys(value: unknown, at: PathSegment[], out: Issue[]): void {
  if (value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      at.push(i);
      findReservedKeys(value[i], at, out);
      at.pop();
    }
    return;
  }
  for (const key of Object.keys(value)) {
    at.push(key);
    if (key === "__proto__") out.push({ path: formatPath(at), message: MSG.reservedKey });
    else findReservedKeys((value as Record<string, unknown>)[key], at, out);
    at.pop();
  }
}
