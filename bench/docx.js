// Median time of mammoth.convertToHtml alone vs. plan-parse's reader (readDocx)
// and full parse (parseBytes: read, clean, split, outline, extract, validate)
// for every .docx of fixtures/docx and fixtures/real/docx, measured side by side in one process.
// Run after `npm run build`: node bench/docx.js [rounds] [--quick]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { readDocx } from '../dist/readers/docx/index.js';
import { parseBytes } from '../dist/index.js';

const dirs = ['docx', 'real/docx'].map((d) => fileURLToPath(new URL(`../fixtures/${d}/`, import.meta.url)));
const quick = process.argv.includes('--quick');
const rounds = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? (quick ? 3 : 30));
const warmups = quick ? 2 : 5;
const TARGET = 1.25;

async function time(fn) {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const rows = [];
const files = dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.docx')).sort().map((f) => join(dir, f)));
for (const path of files) {
  const name = path.slice(path.indexOf('fixtures/') + 9);
  const bytes = readFileSync(path);
  const runs = {
    mammoth: () => mammoth.convertToHtml({ buffer: bytes }),
    reader: () => readDocx(bytes, name),
    parse: () => parseBytes(bytes, name),
  };
  // warm up every path (JIT, lazy imports) before measuring
  for (let i = 0; i < warmups; i++) for (const run of Object.values(runs)) await run();
  const times = { mammoth: [], reader: [], parse: [] };
  // interleave them so that GC and CPU frequency drift hit all alike
  for (let i = 0; i < rounds; i++) for (const [key, run] of Object.entries(runs)) times[key].push(await time(run));
  rows.push({ name, mammoth: median(times.mammoth), reader: median(times.reader), parse: median(times.parse) });
}

const pad = (s, n) => String(s).padEnd(n);
const num = (x, n) => x.toFixed(2).padStart(n);
console.log(`${pad('file', 56)} ${'mammoth ms'.padStart(10)} ${'reader ms'.padStart(10)} ${'parse ms'.padStart(9)} ${'parse/mammoth'.padStart(14)}`);
let worst = 0;
for (const r of rows) {
  const ratio = r.parse / r.mammoth;
  worst = Math.max(worst, ratio);
  console.log(`${pad(r.name, 56)} ${num(r.mammoth, 10)} ${num(r.reader, 10)} ${num(r.parse, 9)} ${ratio.toFixed(2).padStart(13)}×`);
}
console.log(`\nmedians of ${rounds} interleaved runs; worst full-parse/mammoth ratio ${worst.toFixed(2)}× (target ≤ ${TARGET}×)`);
