// The live view's clients for bench/live-view.ts, in a process of their own (forked by the benchmark), so the
// server's event loop is not also reading 500 streams. Holds LIVE_CLIENTS SSE connections to LIVE_URL and, when
// asked over IPC, answers with the wall-clock time (Date.now) at which each stream received a vote's result.

type Arrivals = { waitFor: (voteId: string) => Promise<number>; close: () => void };
type Ask = { type: "collect"; voteId: string } | { type: "stop" };
type Answer = { type: "ready" } | { type: "arrivals"; voteId: string; times: number[] };

async function connect(url: string, cookie: string): Promise<Arrivals> {
  const abort = new AbortController();
  const res = await fetch(url, { headers: { cookie, accept: "text/event-stream" }, signal: abort.signal });
  if (res.status !== 200 || !res.body) throw new Error(`events: ${res.status}`);
  const arrived = new Map<string, number>();
  const waiting = new Map<string, (t: number) => void>();
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  let ready!: () => void;
  const isReady = new Promise<void>((r) => {
    ready = r;
  });
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        for (let cut = buffer.indexOf("\n\n"); cut >= 0; cut = buffer.indexOf("\n\n")) {
          const frame = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          if (frame.startsWith("event: ready")) ready();
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          if (!data?.includes('"vote.closed"')) continue;
          const voteId = (JSON.parse(data) as { payload: { voteId: string } }).payload.voteId;
          const t = Date.now();
          arrived.set(voteId, t);
          waiting.get(voteId)?.(t);
        }
      }
    } catch {
      // aborted at the end
    }
  })();
  await isReady;
  return {
    waitFor: (voteId) =>
      arrived.has(voteId)
        ? Promise.resolve(arrived.get(voteId) ?? 0)
        : new Promise((resolve) => waiting.set(voteId, resolve)),
    close: () => abort.abort(),
  };
}

const send = (m: Answer) => process.send?.(m);

async function main() {
  const url = process.env.LIVE_URL ?? "";
  const cookie = process.env.LIVE_COOKIE ?? "";
  const count = Number(process.env.LIVE_CLIENTS ?? "500");
  const open: Arrivals[] = [];
  for (let i = 0; i < count; i += 50) {
    const batch = Math.min(50, count - i);
    open.push(...(await Promise.all(Array.from({ length: batch }, () => connect(url, cookie)))));
  }
  process.on("message", (m: Ask) => {
    if (m.type === "stop") {
      for (const c of open) c.close();
      process.disconnect?.();
      return;
    }
    void Promise.all(open.map((c) => c.waitFor(m.voteId))).then((times) =>
      send({ type: "arrivals", voteId: m.voteId, times }),
    );
  });
  send({ type: "ready" });
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
