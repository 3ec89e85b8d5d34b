/**
 * The authorization matrix's expected answers: one row per operation of the OpenAPI document.
 * Columns are the actors of authorization-matrix.test.ts, each acting on the fixture's cluster:
 *   observer — a council observer;   otherUnit — the editor of another member unit (units[2]) acting on units[1];
 *   headSelf — the cluster head acting on its own unit (units[0]);   foreignAdmin — the admin of another council.
 * Two more columns need no row: no session (401 on every non-public route) and a wrong CSRF token
 * (403 "csrf" on every unsafe route for the council's admin).
 * A route added without a row fails the test: add its row here, with a body that passes validation
 * (so the answer is the policy's, not the contract's) and a stale version where a write would succeed.
 */
export type Actor = "observer" | "otherUnit" | "headSelf" | "foreignAdmin";
export type Row = {
  /** [observer, otherUnit, headSelf, foreignAdmin] */
  expect: readonly [number, number, number, number];
  body?: unknown;
  /**
   * A multipart body with one file field of this text (and these other fields). Upload routes ask the
   * policy before reading the body: PROGRAM (a program named tep.pdf, refused by content with 415 once
   * read) shows that a caller who may not upload gets 403/404, not 415.
   */
  file?: string;
  fields?: Record<string, string>;
  query?: string;
  /** Needs a session of its own (it ends the session). */
  fresh?: boolean;
};

import { ACCOUNT_ROWS } from "./matrix-rows-accounts";
import { NEWER_ROWS, PROGRAM } from "./matrix-rows-newer";

const STALE = 999;
const value = { points: 1 };

export const MATRIX: Record<string, Row> = {
  "GET /api/health": { expect: [200, 200, 200, 200] },
  "POST /api/auth/login": { expect: [401, 401, 401, 401], body: { username: "khong-co-ai", password: "x" } },
  "POST /api/auth/logout": { expect: [200, 200, 200, 200], fresh: true },
  "POST /api/auth/sessions/sign-out-others": { expect: [200, 200, 200, 200] },
  "GET /api/auth/me": { expect: [200, 200, 200, 200] },
  "GET /api/years": { expect: [200, 200, 200, 200] },
  "GET /api/years/default": { expect: [200, 200, 200, 200] },
  "GET /api/clusters": { expect: [200, 200, 200, 200] },
  "GET /api/clusters/{id}": { expect: [200, 200, 200, 404] },
  "POST /api/clusters/{id}/clone": { expect: [403, 403, 403, 404], body: { year: 2031 } },
  "GET /api/orgs": { expect: [200, 200, 200, 200] },
  "GET /api/orgs/{id}": { expect: [200, 200, 200, 404] },
  "GET /api/people": { expect: [200, 200, 200, 200] },
  "GET /api/pact-templates": { expect: [200, 200, 200, 200] },
  "GET /api/clusters/{id}/pact": { expect: [200, 200, 200, 404] },
  // The pact exists: managers (the head) hear 409, others may not create one at all.
  "POST /api/clusters/{id}/pact": { expect: [403, 403, 409, 404], body: {} },
  "PUT /api/clusters/{id}/pact": {
    expect: [403, 403, 409, 404],
    body: { version: STALE, criteria: [{ code: "I", title: "T", method: "manual", max: 1 }] },
  },
  "PUT /api/clusters/{id}/pact/targets": {
    // A member's editor sets its own unit's targets while the pact is a draft: the stale version is what stops it.
    expect: [403, 409, 409, 404],
    body: { version: STALE, criterionCode: "I.1", targets: {} },
  },
  "POST /api/clusters/{id}/pact/open-signing": { expect: [403, 403, 409, 404], body: { version: STALE } },
  "POST /api/clusters/{id}/pact/sign": { expect: [403, 409, 403, 404], body: { signerName: "Nguyễn Văn A" } },
  "POST /api/clusters/{id}/pact/amend": {
    expect: [403, 403, 409, 404],
    body: { version: STALE, criteria: [], reason: "Lý do sửa đổi đủ dài" },
  },
  // Looking at an amendment's impact writes nothing: whoever manages the pact (the head) may ask.
  "POST /api/clusters/{id}/pact/amendment-impact": {
    expect: [403, 403, 200, 404],
    body: { criteria: [{ code: "I", title: "T", method: "manual", max: 1 }] },
  },
  // The scan of the signed paper comes once the pact is signed: a draft's is refused as too early (409).
  "POST /api/clusters/{id}/pact/scan": { expect: [403, 403, 409, 404], file: PROGRAM },
  "GET /api/clusters/{id}/pact/scan/{fileId}": { expect: [404, 404, 404, 404] },
  "GET /api/clusters/{id}/assessments": { expect: [200, 200, 200, 404] },
  "GET /api/clusters/{id}/assessments/{unitId}": { expect: [404, 404, 200, 404] },
  "PUT /api/clusters/{id}/assessments/{unitId}/self-inputs": {
    expect: [404, 404, 403, 404],
    body: { criterionCode: "I.1", value, version: STALE },
  },
  "PUT /api/clusters/{id}/assessments/{unitId}/review-inputs": {
    expect: [404, 404, 403, 404],
    body: { criterionCode: "I.1", value, version: STALE },
  },
  "PUT /api/clusters/{id}/assessments/{unitId}/explanations": {
    expect: [404, 404, 403, 404],
    body: { criterionCode: "I.1", explanation: "Giải trình", version: STALE },
  },
  // One save for the whole form: the same rules as the single-criterion saves.
  "PUT /api/clusters/{id}/assessments/{unitId}/inputs": {
    expect: [404, 404, 403, 404],
    body: { stage: "self", items: [{ criterionCode: "I.1", value, text: null, version: STALE }] },
  },
  "POST /api/clusters/{id}/assessments/{unitId}/explanations/send": {
    expect: [404, 404, 403, 404],
    body: { note: "Đã giải trình" },
  },
  "GET /api/clusters/{id}/calendar": { expect: [200, 200, 200, 404] },
  "PUT /api/clusters/{id}/calendar": {
    expect: [403, 403, 403, 404],
    body: {
      pactSignedBy: "2030-03-31",
      selfAssessmentDue: "2030-10-31",
      reviewDue: "2030-11-15",
      conferenceOn: "2030-11-30",
      version: STALE,
    },
  },
  "GET /api/todo": { expect: [200, 200, 200, 200], query: "?year=2021" },
  "POST /api/clusters/{id}/assessments/{unitId}/submit": { expect: [404, 404, 403, 404], body: {} },
  "POST /api/clusters/{id}/assessments/{unitId}/complete-review": { expect: [404, 404, 403, 404], body: {} },
  "POST /api/clusters/{id}/assessments/{unitId}/request-explanation": {
    expect: [404, 404, 403, 404],
    body: {},
  },
  "POST /api/clusters/{id}/assessments/{unitId}/finalize": {
    expect: [404, 404, 403, 404],
    body: { version: STALE },
  },
  "POST /api/clusters/{id}/assessments/{unitId}/corrections": {
    expect: [404, 404, 403, 404],
    body: { criterionCode: "I.1", value, reason: "Đính chính", version: STALE },
  },
  "POST /api/clusters/{id}/assessments/{unitId}/evidence": {
    expect: [404, 404, 403, 404],
    file: PROGRAM,
    fields: { criterionCode: "I.1" },
  },
  "GET /api/clusters/{id}/assessments/{unitId}/evidence/{fileId}": { expect: [404, 404, 404, 404] },
  "DELETE /api/clusters/{id}/assessments/{unitId}/evidence/{fileId}": { expect: [404, 404, 404, 404] },
  "GET /api/clusters/{id}/cross-scoring": { expect: [200, 200, 200, 404] },
  "POST /api/clusters/{id}/cross-scoring": { expect: [403, 403, 403, 404], body: "crossPair" },
  "DELETE /api/clusters/{id}/cross-scoring/{reviewerUnitId}/{reviewedUnitId}": {
    expect: [403, 403, 403, 404],
  },
  "GET /api/clusters/{id}/publication": { expect: [200, 200, 200, 404] },
  // Publishing and reopening are the council's acts alone.
  "POST /api/clusters/{id}/publication": { expect: [403, 403, 403, 404], body: { versions: {} } },
  "POST /api/clusters/{id}/publication/reopen": {
    expect: [403, 403, 403, 404],
    body: { reason: "Lý do mở lại đủ dài" },
  },
  "GET /api/clusters/{id}/ranking": { expect: [200, 200, 200, 404] },
  "GET /api/clusters/{id}/ranking/matrix": { expect: [200, 200, 200, 404] },
  // Allowed to ask, but nothing is published yet: the two units are not in the ranking (400).
  "GET /api/clusters/{id}/ranking/why": { expect: [400, 400, 400, 404], query: "whyPair" },
  "GET /api/clusters/{id}/ranking.xlsx": { expect: [200, 200, 200, 404] },
  "POST /api/imports/cluster-year": { expect: [403, 403, 403, 404], body: {}, query: "ourCouncil" },
  "GET /api/clusters/{id}/export.json": { expect: [200, 200, 200, 404] },
  "GET /api/clusters/{id}/criteria.xlsx": { expect: [200, 200, 200, 404] },
  // The self sheet (the default stage) is for unit editors; the head reviews, it does not self-score.
  "GET /api/clusters/{id}/scoring-sheet.xlsx": { expect: [403, 200, 403, 404] },
  "POST /api/clusters/{id}/scoring-sheet": { expect: [403, 400, 403, 404], file: "không phải xlsx" },
  ...NEWER_ROWS,
  ...ACCOUNT_ROWS,
};
