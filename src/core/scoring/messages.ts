// Every message a refused cluster-year file can produce, in one place, so the CLI, the API and the
// web app say the same thing (and a translation has one file to cover).

export const METHODS = [
  "manual",
  "passFail",
  "target",
  "leaderRelative",
  "perOccurrence",
  "levels",
  "bonus",
  "penalty",
] as const;

const quote = (s: string): string => JSON.stringify(s);

export const MSG = {
  required: "required",
  nonNegative: "must be a number ≥ 0",
  positive: "must be a number > 0",
  number: "must be a number",
  wholeCount: "must be a whole number ≥ 0",
  ratio: "must be a number from 0 to 1",
  boolean: "must be true or false",
  string: "must be a string",
  text: "must be a non-empty string",
  object: "must be an object",
  array: "must be a list",
  year: "must be a year (a whole number)",
  code: "must be a code: 1 to 64 characters, no spaces at either end",
  reservedKey: 'is a reserved name ("__proto__")',
  format: `must be ${quote("thidua.cluster-year/v1")}`,
  unknownField: "unknown field",
  unknownMethod: `unknown method (expected one of ${METHODS.join(", ")}; a group has no method)`,
  tieBreak: 'must be "group:CODE", "fewerPenalties" or "moreBonus"',
  atLeastOne: (what: string): string => `must list at least one ${what}`,
  oneOf: (values: readonly unknown[]): string =>
    `must be ${values.map((v) => JSON.stringify(v)).join(" or ")}`,
  malformedJson: (detail: string): string => `malformed JSON: ${detail}`,
  duplicateUnit: (code: string, firstAt: string): string =>
    `duplicate unit code ${quote(code)} (first at ${firstAt})`,
  duplicateCriterion: (code: string, firstAt: string): string =>
    `duplicate criterion code ${quote(code)} (first at ${firstAt})`,
  duplicateLevel: (label: string): string => `duplicate level ${quote(label)}`,
  unknownUnit: (code: string): string => `unknown unit ${quote(code)}`,
  unknownCriterion: (code: string): string => `unknown criterion ${quote(code)}`,
  groupInput: "a group takes no input: its score is the sum of its children",
  notAnInput: (method: string, expected: string): string =>
    `not an input of a ${method} criterion (it takes ${quote(expected)})`,
  missingInput: (method: string): string => `required for a ${method} criterion`,
  aboveMax: (max: number): string => `must be at most ${max} (the criterion's max)`,
  unknownLevel: (label: string, labels: readonly string[]): string =>
    `unknown level ${quote(label)} (expected one of ${labels.map(quote).join(", ")})`,
  cannotRead: (file: string, detail: string): string => `cannot read ${file}: ${detail}`,
  badCharacter: (index: number): string =>
    `contains a character that cannot be stored (NUL or half of a surrogate pair) at character ${index + 1}`,
  tooDeep: (limit: number): string => `nested deeper than ${limit} levels`,
} as const;
