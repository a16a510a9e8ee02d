// npm run bench: every benchmark, one after the other. Figures only, never pass/fail.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const quick = process.argv.includes('--quick');
const benches = [
  ['Start-up: whole-process time', 'startup.js'],
  ['Word files: mammoth alone vs plan-parse', 'docx.js'],
  ['Text pipeline throughput', 'pipeline.js'],
  ['PDF reading: pages per second', 'pdf.js'],
  ['Batch convert: --jobs 1 vs 2, peak RSS by batch size', 'batch.js'],
];
// --quick: fewer runs and smaller batches, under a minute in all
const started = performance.now();
for (const [title, file] of benches) {
  const path = fileURLToPath(new URL(file, import.meta.url));
  // --quick leaves out the PDF figures (not a row of issue 11's table)
  if (!existsSync(path) || (quick && file === 'pdf.js')) continue;
  console.log(`\n## ${title} (bench/${file})\n`);
  const r = spawnSync(process.execPath, [path, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
}
console.log(`\nbench took ${((performance.now() - started) / 1000).toFixed(0)} s${quick ? ' (--quick)' : ''}`);
