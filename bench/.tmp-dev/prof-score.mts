import { parseClusterYear, scoreClusterYear, syntheticClusterYear } from "../../src/core/scoring/index";

const f = syntheticClusterYear({ units: 10, criteria: 80, seed: 2020 });
const mode = process.argv[2];
const text = JSON.stringify(f);
const t = performance.now();
for (let i = 0; i < 4000; i++) {
  if (mode === "parse") {
    const p = parseClusterYear(text);
    if (!p.ok) throw 1;
    scoreClusterYear(p.file);
  } else scoreClusterYear(f);
}
console.log(mode, ((performance.now() - t) / 4000).toFixed(3), "ms");
