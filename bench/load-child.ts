// The load generator's own process (forked by http-load.ts): runs the autocannon loads it is sent, all at
// once, and sends their results back. Out of the server's process, so the server's RSS and event loop are
// its own.
import autocannon, { type Options } from "autocannon";

process.once("message", async (loads: Options[]) => {
  // In a worker thread: the score writers' hooks are files autocannon loads there.
  const runs = await Promise.all(loads.map((o) => autocannon({ workers: 1, ...o })));
  process.send?.(runs, () => process.exit(0));
});
