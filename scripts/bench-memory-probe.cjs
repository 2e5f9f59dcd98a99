// Preloaded into a language server by bench-server.mjs (node --expose-gc -r): on SIGUSR2, collects garbage and writes
// the heap in use to stderr as one JSON line, so that the bench reads the server's memory without a request of its own.
const { writeSync } = require('node:fs');

process.on('SIGUSR2', () => {
  for (let i = 0; i < 3; i++) global.gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  writeSync(2, `${JSON.stringify({ memoryProbe: { heapUsed, rss } })}\n`);
});
