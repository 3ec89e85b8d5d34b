// autocannon's request hook for the score writers (loaded by path in its worker thread, hence plain
// CommonJS). Each save takes a draft unit's criterion no other save has in flight and sends the version its
// last save answered (optimistic concurrency): the same value with a new note each time.
"use strict";

const state = require("./write-state.cjs");
const cookie = process.env.THIDUA_BENCH_COOKIE || "";
const csrf = process.env.THIDUA_BENCH_CSRF || "";
let saves = 0;

module.exports = function setupRequest(req, context) {
  const n = state.take();
  const t = state.targets[n];
  context.target = n;
  saves++;
  return {
    ...req,
    method: "PUT",
    path: t.path,
    headers: { ...req.headers, "content-type": "application/json", cookie, "x-csrf-token": csrf },
    body: JSON.stringify({
      criterionCode: t.criterionCode,
      value: t.value,
      note: `Lần lưu ${saves}`,
      version: t.version,
    }),
  };
};
