// npm run bench: every benchmark, one after the other. Figures only, never pass/fail.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const benches = [
  ['Start-up: whole-process time', 'startup.js'],
  ['Word files: mammoth alone vs plan-parse', 'docx.js'],
  ['Text pipeline throughput', 'pipeline.js'],
  ['PDF reading: pages per second', 'pdf.js'],
  ['Batch convert: 1,000 documents, --jobs 1 vs 2', 'batch.js'],
];
for (const [title, file] of benches) {
  const path = fileURLToPath(new URL(file, import.meta.url));
  if (!existsSync(path)) continue;
  console.log(`\n## ${title} (bench/${file})\n`);
  const r = spawnSync(process.execPath, [path, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
}
