// The browser build of the language server (dist/web/server.js) in a Node worker thread, for bench-server.mjs: `self`
// is the worker's port, as a browser's web worker scope is to it. A { memoryProbe: true } message is answered with the
// worker's heap after garbage collection instead of reaching the server.
const { parentPort, workerData } = require('node:worker_threads');
const { getHeapStatistics, setFlagsFromString } = require('node:v8');
const { runInNewContext } = require('node:vm');

// A worker takes no --expose-gc: the flag is set here, and gc() taken from a new context.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

const listeners = new Map();
const self = {
  onmessage: null,
  postMessage: (message) => parentPort.postMessage(message),
  addEventListener: (type, listener) => listeners.set(type, [...(listeners.get(type) ?? []), listener]),
  removeEventListener: () => undefined,
};
parentPort.on('message', (data) => {
  if (data && data.memoryProbe === true) {
    for (let i = 0; i < 3; i++) gc();
    parentPort.postMessage({ memoryProbe: { heapUsed: getHeapStatistics().used_heap_size } });
    return;
  }
  self.onmessage?.({ data });
});
globalThis.self = self;
require(workerData.script);
