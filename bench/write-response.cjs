// autocannon's response hook for the score writers (see write-request.cjs): keeps the version the save
// answered (or, on a 409, the version the server names) for the target's next save.
"use strict";

const state = require("./write-state.cjs");

module.exports = function onResponse(status, body, context) {
  const match = status === 200 ? /"version":(\d+)/.exec(body) : /phiên bản mới: (\d+)/.exec(body);
  state.settle(context.target, match ? Number(match[1]) : undefined);
};
