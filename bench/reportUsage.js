// Preloaded into a measured process (`node --require bench/reportUsage.js ...`): on exit, writes the process's own
// CPU time and peak resident memory to $BENCH_USAGE_FILE, which the parent cannot read from Node once it has exited.
const { writeFileSync } = require("fs");

process.on("exit", () => {
  const file = process.env.BENCH_USAGE_FILE;
  if (!file) return;
  const usage = process.resourceUsage();
  writeFileSync(file, JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, peakRssMb: usage.maxRSS / 1024 }));
});
