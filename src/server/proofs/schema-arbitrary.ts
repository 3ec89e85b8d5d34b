import fc from "fast-check";

/** The part of JSON Schema that the OpenAPI document of this app uses. */
export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
};

/** Ids the fuzzer should often hit so requests get past "not found" into the code behind it. */
export type Known = { uuids: string[]; codes: string[] };

// What an attacker or a broken client sends instead of the expected value.
const HOSTILE: unknown[] = [
  "\u0000",
  "a\ud800b",
  "\udc00",
  "x".repeat(3000),
  "' OR 1=1 --",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "9".repeat(400),
  "1e309",
  "",
  " ",
  -1,
  -0.5,
  0,
  1e308,
  2 ** 53 + 1,
  true,
  null,
  [],
  {},
  { __proto__: { admin: true } },
  [[[[[[[[[[]]]]]]]]]],
];

const scoreValue = fc.oneof(
  fc.record({ points: fc.oneof(fc.integer({ min: -5, max: 200 }), fc.double({ noNaN: true })) }),
  fc.record({ passed: fc.boolean() }),
  fc.record({ actual: fc.double({ min: -10, max: 1e6, noNaN: true }) }),
  fc.record({ count: fc.integer({ min: -3, max: 1000 }) }),
  fc.record({ level: fc.string({ maxLength: 20 }) }),
);

function typed(schema: JsonSchema, known: Known, depth: number): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => arbitraryOf(s, known, depth)));
  if (schema.allOf?.[0]) return arbitraryOf(schema.allOf[0], known, depth);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length > 1) return fc.oneof(...types.map((type) => typed({ ...schema, type }, known, depth)));
  switch (types[0]) {
    case "string":
      return stringOf(schema, known);
    case "integer":
      return fc.integer({ min: schema.minimum ?? -10, max: Math.min(schema.maximum ?? 3000, 2 ** 31) });
    case "number":
      return fc.oneof(
        fc.integer({ min: -10, max: 1000 }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
      );
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      if (depth > 4) return fc.constant([]);
      return fc.array(arbitraryOf(schema.items ?? {}, known, depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, 4),
      });
    case "object":
      return objectOf(schema, known, depth);
    default:
      // An unconstrained value: in this API, a score value or a piece of the pact's criteria tree.
      return fc.oneof(scoreValue, fc.jsonValue({ maxDepth: 3 }));
  }
}

function stringOf(schema: JsonSchema, known: Known): fc.Arbitrary<unknown> {
  switch (schema.format) {
    case "uuid":
      return fc.oneof(fc.constantFrom(...known.uuids), fc.uuid());
    case "date":
      return fc
        .date({ min: new Date("1989-01-01"), max: new Date("2101-01-01"), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case "date-time":
      return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
    case "binary":
      return fc.uint8Array({ maxLength: 64 });
    default:
      return fc.oneof(
        fc.constantFrom(...known.codes),
        fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 40, 40) }),
        fc.string({ unit: "grapheme", maxLength: 20 }),
      );
  }
}

function objectOf(schema: JsonSchema, known: Known, depth: number): fc.Arbitrary<unknown> {
  if (depth > 4) return fc.constant({});
  const props = schema.properties ?? {};
  const keys = Object.keys(props);
  if (keys.length === 0) {
    const values = typeof schema.additionalProperties === "object" ? schema.additionalProperties : {};
    return fc.oneof(
      scoreValue,
      fc.dictionary(
        fc.oneof(fc.constantFrom(...known.codes), fc.string({ maxLength: 8 })),
        arbitraryOf(values, known, depth + 1),
        {
          maxKeys: 4,
        },
      ),
    );
  }
  const shape = Object.fromEntries(keys.map((k) => [k, arbitraryOf(props[k]!, known, depth + 1)]));
  return fc.record(shape, { requiredKeys: (schema.required ?? []).filter((k) => keys.includes(k)) });
}

/** Mostly well-typed values (so requests reach deep into the app), sometimes hostile ones. */
export function arbitraryOf(schema: JsonSchema, known: Known, depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 5, arbitrary: typed(schema, known, depth) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
  );
}
