// Preloaded with `node --import` when /usr/bin/time is missing: writes this process's peak RSS (KiB) and CPU times (µs) to the file
// named by BENCH_RSS_FILE on exit, so the bench can read a child's peak without platform tools.
import { writeFileSync } from 'node:fs';

const out = process.env['BENCH_RSS_FILE'];
if (out) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(out, `${u.maxRSS} ${u.userCPUTime} ${u.systemCPUTime}`);
  });
}
