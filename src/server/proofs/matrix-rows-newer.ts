import type { Row } from "./matrix-rows";

/** An ELF program's head, sent as tep.pdf: 415 if an upload route ever read it. */
export const PROGRAM = "\u007fELF\u0002\u0001\u0001\u0000";

// Rows of the capabilities added after the first matrix: reference documents and tasks, official documents,
// meetings, reports, practices, propaganda and search. Bodies name fixture ids as "$cluster", "$unit" (the
// acting unit: units[0] for the head, units[1] for the others), "$delegate", "$item", "$topic", "$task".
// The fixture (matrix-fixture.ts): a meeting with delegates of units 0–2 (the head's, units[1]'s editor's,
// the other unit's editor's), an agenda item, a speech request of units[1], a motion not yet open; a task for
// all units with units[1]'s progress report; a report period whose reports are all drafts; a practice, an
// opinion report of units[1]; a propaganda topic; document settings and issuers.

const STALE = 999;
const ALL = [200, 200, 200, 200] as const;
/** Reads of this council's things: everyone of the council, 404 for another council's admin. */
const READ = [200, 200, 200, 404] as const;
/** Managed by the council's admins and the cluster's head only. */
const MANAGE = (ok: number) => [403, 403, ok, 404] as const;
/** Nobody here may do it (the council's admins alone). */
const ADMIN_ONLY = [403, 403, 403, 404] as const;
const NONE = [404, 404, 404, 404] as const;
/** Lists filter by what the actor sees: another council's admin gets an empty list, not a 404. */
const LIST = ALL;
/**
 * The fixture's documents lack a signer's name: everyone who may see them hears 422 document_incomplete
 * (after the policy); another council's admin still 404.
 */
/**
 * A write naming this council's unit in its body: another council's admin hears that the unit does not
 * exist (400 at unitId) — nothing leaks, though it is not the 404 a path id gets. Unsure (see the report).
 */
const BODY_UNIT_UNKNOWN = [403, 403, 403, 400] as const;
const INCOMPLETE = [422, 422, 422, 404] as const;

export const NEWER_ROWS: Record<string, Row> = {
  "GET /api/reference-documents/parse": { expect: ALL, query: "?symbol=S%E1%BB%91%2011-NQ%2FTU" },
  "GET /api/reference-documents": { expect: LIST, query: "ourCouncil" },
  "POST /api/reference-documents": {
    expect: MANAGE(200),
    body: {
      councilId: "$council",
      symbol: "Số 05-CT/TW",
      issuingBody: "Bộ Chính trị",
      title: "Về học tập và làm theo",
    },
  },
  "GET /api/reference-documents/{id}": { expect: READ },
  "PUT /api/reference-documents/{id}": {
    expect: MANAGE(409),
    body: { version: STALE, symbol: "Số 11-NQ/TU", issuingBody: "Tỉnh ủy Quảng Ninh", title: "Về văn hóa" },
  },

  "GET /api/tasks": { expect: LIST, query: "ourCluster" },
  "POST /api/tasks": {
    expect: MANAGE(200),
    body: {
      clusterId: "$cluster",
      title: "Nhiệm vụ mới",
      assignTo: "all",
      startDate: "2026-01-01",
      deadline: "2026-12-31",
      cadence: "quarterly",
    },
  },
  // There is no next year's cluster to carry the task into: the head hears so (409); the others may not.
  "POST /api/tasks/carry-to-pact": {
    expect: MANAGE(409),
    body: { clusterId: "$cluster", items: [{ taskId: "$task", max: 1 }] },
  },
  "GET /api/tasks/{id}": { expect: READ },
  "PUT /api/tasks/{id}/paused": { expect: MANAGE(409), body: { version: STALE, paused: true } },
  // Progress is reported by the unit's editors: not by an observer, another unit, or the head's account.
  "POST /api/tasks/{id}/reports": {
    expect: ADMIN_ONLY,
    body: { unitId: "$unit", percent: 50, text: "Hoàn thành một nửa" },
  },
  // The report is units[1]'s for every column.
  "POST /api/tasks/{id}/reports/{reportId}/evidence": { expect: ADMIN_ONLY, file: PROGRAM },
  "GET /api/tasks/{id}/evidence/{fileId}": { expect: NONE },

  "GET /api/notifications": { expect: ALL },
  // The bell: everyone's own count and latest few (another council's admin: their own, here none).
  "GET /api/notifications/latest": { expect: ALL },
  "POST /api/notifications/{id}/read": { expect: NONE },
  "PUT /api/notifications/email": { expect: ALL, body: { email: null } },

  "GET /api/clusters/{id}/documents": { expect: READ },
  // A unit editor must not issue a cluster's documents; the head may (the fixture's lacks a signer: 422).
  "POST /api/clusters/{id}/documents/{kind}/issue": {
    expect: MANAGE(422),
    body: {
      date: "2026-11-24",
      results: "Hơn 200 lượt đọc mỗi tháng",
      shortcomings: "Hạn chế",
      nextYearTasks: ["Nhiệm vụ"],
    },
  },
  "GET /api/clusters/{id}/proposal-dossier.pdf": { expect: INCOMPLETE },
  "GET /api/clusters/{id}/proposal-dossier.zip": { expect: INCOMPLETE },
  "GET /api/councils/{id}/document-settings": { expect: READ },
  "PUT /api/councils/{id}/document-settings": {
    expect: ADMIN_ONLY,
    body: { layout: "state", partyTermStart: null, version: STALE },
  },
  "PUT /api/organizations/{id}/document-issuer": {
    expect: ADMIN_ONLY,
    body: { superiorBody: null, issuingBody: "Ban Tuyên giáo", symbol: "BTG", place: "Hạ Long" },
  },
  // A pact still being signed prints as a draft, "(Chưa ký)" under each member that has not signed.
  "GET /api/clusters/{id}/pact.pdf": { expect: READ },
  "GET /api/clusters/{id}/pact.docx": { expect: READ },
  "GET /api/clusters/{id}/year-end-report.pdf": { expect: INCOMPLETE },
  "GET /api/clusters/{id}/year-end-report.docx": { expect: INCOMPLETE },
  "GET /api/clusters/{id}/proposal.pdf": { expect: INCOMPLETE },
  "GET /api/clusters/{id}/proposal.docx": { expect: INCOMPLETE },

  "GET /api/meetings": { expect: LIST, query: "ourCluster" },
  "POST /api/meetings": {
    expect: MANAGE(200),
    body: {
      clusterId: "$cluster",
      kind: "bat_thuong",
      title: "Hội nghị bất thường",
      purpose: "Bàn việc gấp",
      startsAt: "2026-12-01T08:00:00+07:00",
      place: "Hạ Long",
      convenerOrgId: "$unit",
    },
  },
  "GET /api/meetings/{id}": { expect: READ },
  "POST /api/meetings/{id}/delegates": {
    expect: MANAGE(200),
    body: { fullName: "Khách mời", post: "Phóng viên" },
  },
  // The head answers its own invitation; another unit may not answer units[1]'s.
  "POST /api/meetings/{id}/delegates/{delegateId}/reply": {
    expect: MANAGE(200),
    body: { reply: "accepted" },
  },
  "PUT /api/meetings/{id}/delegates/{delegateId}/attendance": {
    expect: MANAGE(200),
    body: { attendance: "present" },
  },
  "POST /api/meetings/{id}/agenda": { expect: MANAGE(200), body: { title: "Bế mạc", plannedMinutes: 5 } },
  "PUT /api/meetings/{id}/current-item": { expect: MANAGE(200), body: { itemId: "$item" } },
  // The head ends the meeting here: from now on speeches, votes, decisions and conclusions answer 409
  // (after the policy); the minutes and the news report are still completed.
  "POST /api/meetings/{id}/end": { expect: MANAGE(200) },
  "POST /api/meetings/{id}/speeches": {
    expect: MANAGE(409),
    body: { itemId: "$item", delegateId: "$delegate" },
  },
  "POST /api/meetings/{id}/speeches/{speechId}/action": { expect: MANAGE(409), body: { action: "start" } },
  "PUT /api/meetings/{id}/speeches/{speechId}/gist": {
    expect: MANAGE(409),
    body: { gist: "Ý kiến tham luận" },
  },
  "POST /api/meetings/{id}/votes": {
    expect: MANAGE(409),
    body: { kind: "motion", secret: false, question: "Biểu quyết", threshold: { kind: "majorityOfValid" } },
  },
  "POST /api/meetings/{id}/votes/{voteId}/open": { expect: MANAGE(409) },
  "POST /api/meetings/{id}/votes/{voteId}/close": { expect: MANAGE(409) },
  // Delegates vote for themselves (the other unit's editor and the head are delegates); the meeting has ended.
  "POST /api/meetings/{id}/votes/{voteId}/ballots": {
    expect: [403, 409, 409, 404],
    body: { ballot: { choice: "yes" } },
  },
  "POST /api/meetings/{id}/votes/{voteId}/paper-ballots": {
    expect: MANAGE(409),
    body: { delegateIds: ["$delegate"], ballots: [{ choice: "yes" }] },
  },
  "POST /api/meetings/{id}/votes/{voteId}/override": {
    expect: MANAGE(409),
    body: { reason: "Sai sót khi kiểm phiếu", outcome: "Thông qua" },
  },
  "POST /api/meetings/{id}/decisions": { expect: MANAGE(409), body: { kind: "other", text: "Thống nhất" } },
  "PUT /api/meetings/{id}/conclusions": {
    expect: MANAGE(409),
    body: { text: "Kết luận", keyTasks: ["Nhiệm vụ"] },
  },
  // Whoever sees the meeting reads the minutes' status; a draft's text only the chair, the secretary, the
  // council's admins and the cluster head (the JSON answers 200 with content null; the files 403).
  "GET /api/meetings/{id}/minutes": { expect: READ },
  "PUT /api/meetings/{id}/minutes": { expect: MANAGE(409), body: { version: STALE, content: "$minutes" } },
  "POST /api/meetings/{id}/minutes/draft": { expect: MANAGE(200) },
  // Approving is the chair's and the secretary's signature; the fixture's meeting has neither yet.
  "POST /api/meetings/{id}/minutes/approve": { expect: ADMIN_ONLY, body: { version: STALE, as: "chair" } },
  "POST /api/meetings/{id}/minutes/amend": {
    expect: MANAGE(409),
    body: { version: STALE, content: "$minutes", reason: "Sửa lỗi đánh máy" },
  },
  "GET /api/meetings/{id}/minutes.html": { expect: MANAGE(200) },
  "GET /api/meetings/{id}/minutes.md": { expect: MANAGE(200) },
  // The Party-format files: the fixture's meeting has no chair or secretary to sign, so the head hears 422.
  "GET /api/meetings/{id}/minutes.docx": { expect: [403, 403, 422, 404] },
  "GET /api/meetings/{id}/minutes.pdf": { expect: [403, 403, 422, 404] },
  "GET /api/meetings/{id}/report": { expect: READ },
  // The news report is drafted only below: the head hears 409.
  "PUT /api/meetings/{id}/report": {
    expect: MANAGE(409),
    body: { version: STALE, title: "Tin", dateline: "Hạ Long", paragraphs: ["Nội dung"], byline: "BTG" },
  },
  "POST /api/meetings/{id}/report/draft": { expect: MANAGE(200) },
  "POST /api/meetings/{id}/report/photos": {
    expect: MANAGE(415),
    file: "%PDF-1.4", // a PDF, not a photo: refused by the use case once the actor may add photos
    fields: { caption: "Ảnh" },
  },
  "GET /api/meetings/{id}/report/photos/{fileId}": { expect: NONE },
  "GET /api/meetings/{id}/report.html": { expect: READ },
  "GET /api/meetings/{id}/report.md": { expect: READ },
  "GET /api/meetings/{id}/events": { expect: READ },
  // Preparing (agenda edits and order, inviting the units): the organisers' only; the meeting has ended by now.
  "PUT /api/meetings/{id}/agenda/{itemId}": {
    expect: MANAGE(409),
    body: { version: STALE, title: "Khai mạc", plannedMinutes: 5 },
  },
  "DELETE /api/meetings/{id}/agenda/{itemId}": { expect: MANAGE(409), query: `?version=${STALE}` },
  "PUT /api/meetings/{id}/agenda-order": {
    expect: MANAGE(409),
    body: { version: STALE, itemIds: ["$item"] },
  },
  "POST /api/meetings/{id}/delegates/units": { expect: MANAGE(409), body: {} },
  "PUT /api/meetings/{id}": {
    expect: MANAGE(409),
    body: {
      version: STALE,
      title: "Hội nghị",
      purpose: "Bàn việc",
      startsAt: "2026-12-01T08:00:00+07:00",
      place: "Hạ Long",
    },
  },
  // The accounts a chair or a secretary may be linked to: for those who prepare the cluster's meetings.
  "GET /api/clusters/{id}/meeting-accounts": { expect: MANAGE(200) },

  "GET /api/report-periods": { expect: READ, query: "ourCluster" },
  "POST /api/report-periods": {
    expect: MANAGE(200),
    body: { clusterId: "$cluster", kind: "half", deadline: "2026-06-15" },
  },
  // Consolidating the units' reports is the head's work.
  "GET /api/report-periods/{id}/consolidated": { expect: MANAGE(200) },
  "PUT /api/report-periods/{id}/consolidated": {
    expect: MANAGE(409),
    body: { version: STALE, sections: [{ key: "highlights", title: "Kết quả", html: "<p>Tốt</p>" }] },
  },
  "GET /api/report-periods/{id}/consolidated.html": { expect: MANAGE(200) },
  // As an official document the head signs: the fixture's head unit has no signer on record (422).
  "GET /api/report-periods/{id}/consolidated.pdf": { expect: MANAGE(422) },
  "GET /api/report-periods/{id}/consolidated.docx": { expect: MANAGE(422) },
  "GET /api/reports": { expect: LIST, query: "ourCluster" },
  // units[1]'s report is a draft: neither an observer nor another unit may know it; the head manages its own.
  "GET /api/reports/{id}": { expect: [404, 404, 200, 404] },
  // The head's account manages reports but does not write its unit's (that is the unit editor's).
  "PUT /api/reports/{id}": {
    expect: [404, 404, 403, 404],
    body: { version: STALE, sections: { fields: {} } },
  },
  "POST /api/reports/{id}/submit": { expect: [404, 404, 403, 404], body: { version: STALE } },
  "POST /api/reports/{id}/return": {
    expect: [404, 404, 409, 404],
    body: { version: STALE, reason: "Bổ sung" },
  },
  "POST /api/reports/{id}/accept": { expect: [404, 404, 409, 404], body: { version: STALE } },
  "POST /api/reports/{id}/reopen": {
    expect: [404, 404, 409, 404],
    body: { version: STALE, until: "2026-12-31" },
  },
  "POST /api/reports/{id}/files": { expect: [404, 404, 403, 404], file: PROGRAM },
  "GET /api/reports/{id}/files/{fileId}": { expect: NONE },
  // Removing is the unit editor's, like attaching: the head's account may see the draft but not change it.
  "DELETE /api/reports/{id}/files/{fileId}": { expect: [404, 404, 403, 404] },
  // The report as an official document: read like the report (a draft: its unit and the cluster's managers);
  // the fixture's unit has no head and no pact signer, so the head hears what is missing.
  "GET /api/reports/{id}/document.pdf": { expect: [404, 404, 422, 404] },
  "GET /api/reports/{id}/document.docx": { expect: [404, 404, 422, 404] },
  "GET /api/clusters/{id}/tasks.xlsx": { expect: READ },
  "GET /api/clusters/{id}/document-issuers": { expect: READ },

  "GET /api/practices": { expect: ALL },
  // A unit records its own practices: no one of these columns writes for the acting unit.
  "POST /api/practices": {
    expect: BODY_UNIT_UNKNOWN,
    body: {
      unitId: "$unit",
      year: 2026,
      field: "Tuyên truyền",
      title: "Mô hình mới",
      problem: "Người dân ít tiếp cận văn bản",
      howItWorks: "Mỗi khu dân cư một tủ sách",
      results: "Hơn 200 lượt đọc mỗi tháng",
    },
  },
  "GET /api/practices/{id}": { expect: READ },
  "PUT /api/practices/{id}": {
    expect: ADMIN_ONLY,
    body: {
      version: STALE,
      year: 2026,
      field: "Tuyên truyền",
      title: "Mô hình",
      problem: "Người dân ít tiếp cận văn bản",
      howItWorks: "Mỗi khu dân cư một tủ sách",
      results: "Hơn 200 lượt đọc mỗi tháng",
    },
  },
  // Adoption by units[3], a unit none of the columns edits.
  "POST /api/practices/{id}/replications": {
    expect: ADMIN_ONLY,
    body: { unitId: "$unit3", adoptedOn: "2026-06-01", result: "Áp dụng tốt ở các khu dân cư" },
  },
  "POST /api/practices/{id}/files": { expect: ADMIN_ONLY, file: PROGRAM },
  "GET /api/practices/{id}/files/{fileId}": { expect: NONE },

  "GET /api/propaganda-topics": { expect: ALL, query: "?year=2026" },
  "POST /api/propaganda-topics": {
    expect: ADMIN_ONLY,
    body: { councilId: "$council", year: 2026, title: "Chủ đề mới" },
  },
  "GET /api/propaganda-topics/{id}": { expect: READ },
  "POST /api/propaganda-topics/{id}/activities": {
    expect: ADMIN_ONLY,
    body: { unitId: "$unit", kind: "article", heldOn: "2026-04-10", title: "Tin bài", quantity: 3 },
  },
  "GET /api/opinion-reports": { expect: ALL },
  "POST /api/opinion-reports": {
    expect: BODY_UNIT_UNKNOWN,
    body: {
      unitId: "$unit",
      periodStart: "2026-04-01",
      periodEnd: "2026-04-30",
      items: [{ topicId: "$topic", tone: "mixed", summary: "Còn băn khoăn" }],
    },
  },
  // Opinion reports are sensitive: the council (admins, observers) and the writing unit read them.
  "GET /api/opinion-reports/{id}": { expect: [200, 404, 404, 404] },
  "GET /api/search": { expect: ALL, query: "?q=tuy%C3%AAn%20truy%E1%BB%81n" },
};
