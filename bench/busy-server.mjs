// A bare Node HTTP server doing N ms of work per request in its own thread, as a PGlite save does (its SQL runs
// in the server's thread and settles as microtasks). No app, no database. Used to show that PGlite's save
// tail under 50 writers is Node's HTTP serving with one core full, not the app (bench/README.md):
//   node bench/busy-server.mjs 6   # prints its port
//   npx autocannon -c 50 -d 10 -m PUT -b '{"a":1}' http://127.0.0.1:PORT/
import http from "node:http";

const workMs = Number(process.argv[2] ?? 6);
const server = http.createServer((req, res) => {
  req.resume();
  req.on("end", () =>
    Promise.resolve().then(() => {
      const start = performance.now();
      while (performance.now() - start < workMs) {
        // busy: the work happens in this thread
      }
      res.setHeader("content-type", "application/json");
      res.end('{"ok":true}');
    }),
  );
});
server.listen(0, "127.0.0.1", () => console.log(server.address().port));
