// Preloaded by the hostile-input bench (node --require): writes the process's own resource usage when it exits, so
// that peak memory is measured with Node alone, on any machine.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  if (process.env.PARTNERLINT_RUSAGE_FILE) writeFileSync(process.env.PARTNERLINT_RUSAGE_FILE, JSON.stringify(process.resourceUsage()));
});
