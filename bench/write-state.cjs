// The score writers' shared state in autocannon's worker (see write-request.cjs): each target's current
// version and whether a save of it is in flight. autocannon clears a connection's context between
// requests, so the state lives here, and a request's context only carries the target it took.
"use strict";

const targets = JSON.parse(process.env.THIDUA_BENCH_WRITE_TARGETS || "[]").map((t) => ({
  ...t,
  busy: false,
}));
let next = 0;

/** The next target with no save in flight (round robin); any target if all are busy (a 409 then heals). */
function take() {
  for (let i = 0; i < targets.length; i++) {
    const n = (next + i) % targets.length;
    if (!targets[n].busy) {
      next = n + 1;
      targets[n].busy = true;
      return n;
    }
  }
  return next++ % targets.length;
}

function settle(n, version) {
  const t = targets[n];
  if (!t) return;
  t.busy = false;
  if (version !== undefined) t.version = version;
}

module.exports = { targets, take, settle };
