import { scoreClusterYear } from "../../src/core/scoring/index";
import { COUNTRY, clusterFile, planCouncil } from "../dataset";

const files = [];
for (let c = 0; c < 4; c++) for (const k of planCouncil(COUNTRY, c).clusters) files.push(clusterFile(k));
const viaJson = files.map((f) => JSON.parse(JSON.stringify(f)));
for (let r = 0; r < 3; r++) {
  let t = performance.now();
  for (const f of files) scoreClusterYear(f);
  const a = (performance.now() - t) / files.length;
  t = performance.now();
  for (const f of viaJson) scoreClusterYear(f);
  const b = (performance.now() - t) / files.length;
  t = performance.now();
  for (let i = 0; i < files.length; i++) scoreClusterYear(files[0]!);
  const s = (performance.now() - t) / files.length;
  console.log(
    `distinct ${a.toFixed(3)} ms, distinct via JSON ${b.toFixed(3)} ms, same file ${s.toFixed(3)} ms`,
  );
}
