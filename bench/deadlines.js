// Throughput of the deadline grammar alone: findDeadlines over every line of
// the seeds, in lines per second and microseconds per 100 characters.
// Run after `npm run build`: node bench/deadlines.js [rounds]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findDeadlines } from '../dist/grammar/deadline.js';
import { defaultLexicon } from '../dist/lexicon/index.js';

const dir = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));
const lines = readdirSync(dir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .flatMap((name) => readFileSync(join(dir, name), 'utf8').split(/\r?\n/))
  .filter((line) => line.trim() !== '');
const chars = lines.reduce((n, line) => n + line.length, 0);
const ctx = { year: 2024, lexicon: defaultLexicon };
const rounds = Number(process.argv[2] ?? 20);

const pass = () => {
  let found = 0;
  for (const line of lines) found += findDeadlines(line, ctx).length;
  return found;
};
// warm up the JIT and the per-lexicon pattern cache
for (let i = 0; i < 3; i++) pass();

const times = [];
let found = 0;
for (let i = 0; i < rounds; i++) {
  const start = performance.now();
  found = pass();
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`${lines.length} lines, ${chars} characters, ${found} deadlines per pass; ${rounds} passes`);
console.log(`median pass ${median.toFixed(1)} ms (best ${times[0].toFixed(1)} ms)`);
console.log(`${((lines.length / median) * 1000).toFixed(0)} lines/s, ${((median * 1000) / (chars / 100)).toFixed(2)} µs per 100 characters`);
