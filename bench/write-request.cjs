// autocannon's request hook for the score writers (loaded by path in its worker thread, hence plain CommonJS).
// Each connection is one writer that owns one draft unit's criterion: it saves the same value with a new
// note each time, sending the version the previous save answered (optimistic concurrency), so a save
// never conflicts unless the server lost a write.
"use strict";

const targets = JSON.parse(process.env.THIDUA_BENCH_WRITE_TARGETS || "[]");
const cookie = process.env.THIDUA_BENCH_COOKIE || "";
const csrf = process.env.THIDUA_BENCH_CSRF || "";
let next = 0;

function setupRequest(req, context) {
  if (!context.target) {
    context.target = targets[next++ % targets.length];
    context.version = context.target.version;
    context.n = 0;
  }
  const t = context.target;
  context.n++;
  return {
    ...req,
    method: "PUT",
    path: t.path,
    headers: { ...req.headers, "content-type": "application/json", cookie, "x-csrf-token": csrf },
    body: JSON.stringify({
      criterionCode: t.criterionCode,
      value: t.value,
      note: `Lần lưu ${context.n}`,
      version: context.version,
    }),
  };
}

module.exports = setupRequest;
