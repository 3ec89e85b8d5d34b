/** Every /api body is refused past this size unless its route is listed below. */
export const JSON_BODY_LIMIT = 1024 * 1024;

const MiB = 1024 * 1024;
/** A thidua.cluster-year/v1 file sent as the body of POST /api/imports/cluster-year. */
export const IMPORT_BODY_LIMIT = 20 * MiB;
// Multipart framing around a file: headers, boundaries, the other small fields.
const FRAMING = 64 * 1024;

/**
 * Routes whose bodies are files, with their larger limit (OpenAPI path templates). A new upload route
 * adds its row here; the body-limit test fails for any multipart route without one. Each module may
 * still check its own, tighter limit.
 */
export const LARGE_BODY_ROUTES: readonly { method: string; path: string; maxSize: number }[] = [
  { method: "POST", path: "/api/imports/cluster-year", maxSize: IMPORT_BODY_LIMIT },
  { method: "POST", path: "/api/clusters/{id}/scoring-sheet", maxSize: 5 * MiB + FRAMING },
  { method: "POST", path: "/api/clusters/{id}/assessments/{unitId}/evidence", maxSize: 20 * MiB + FRAMING },
  { method: "POST", path: "/api/clusters/{id}/pact/scan", maxSize: 20 * MiB + FRAMING },
  { method: "POST", path: "/api/tasks/{id}/reports/{reportId}/evidence", maxSize: 20 * MiB + FRAMING },
  { method: "POST", path: "/api/meetings/{id}/report/photos", maxSize: 20 * MiB + FRAMING },
  { method: "POST", path: "/api/reports/{id}/files", maxSize: 20 * MiB + FRAMING },
  { method: "POST", path: "/api/practices/{id}/files", maxSize: 20 * MiB + FRAMING },
];

const compiled = LARGE_BODY_ROUTES.map((r) => ({
  method: r.method,
  pattern: new RegExp(`^${r.path.replace(/\{[^}]+\}/g, "[^/]+")}$`),
  maxSize: r.maxSize,
}));

/** The body limit of one request. */
export function bodyLimitFor(method: string, path: string): number {
  return compiled.find((r) => r.method === method && r.pattern.test(path))?.maxSize ?? JSON_BODY_LIMIT;
}
