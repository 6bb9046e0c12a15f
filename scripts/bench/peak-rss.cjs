// Preloaded into a benchmarked process: at exit, write its peak resident set size (KiB) to the file named by
// SOCIALPLAN_BENCH_RSS, so memory is measured on the real command and not on a wrapper.
process.on('exit', () => {
  const file = process.env.SOCIALPLAN_BENCH_RSS;
  if (file) require('node:fs').writeFileSync(file, String(process.resourceUsage().maxRSS));
});
