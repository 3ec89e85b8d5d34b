import { pickAt, todayVn } from "../../src/core/orgs/dated";

let t = performance.now();
for (let i = 0; i < 2000; i++) todayVn();
console.log("todayVn", (((performance.now() - t) / 2000) * 1000).toFixed(1), "µs");
const rows = [{ validFrom: "2015-01-01", validTo: null, name: "x" }];
t = performance.now();
for (let i = 0; i < 200000; i++) pickAt(rows, "2020-12-31");
console.log("pickAt", (((performance.now() - t) / 200000) * 1000).toFixed(2), "µs");
