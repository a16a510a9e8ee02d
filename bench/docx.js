// Median time of mammoth.convertToHtml alone vs. plan-parse's readDocx for
// every fixtures/docx/*.docx, measured side by side in one process.
// Run after `npm run build`: node bench/docx.js [rounds]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { readDocx } from '../dist/readers/docx/index.js';

const dir = fileURLToPath(new URL('../fixtures/docx/', import.meta.url));
const rounds = Number(process.argv[2] ?? 30);
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
for (const name of readdirSync(dir).filter((f) => f.endsWith('.docx')).sort()) {
  const bytes = readFileSync(join(dir, name));
  const mammothOnly = () => mammoth.convertToHtml({ buffer: bytes });
  const ours = () => readDocx(bytes, name);
  // warm up both paths (JIT, lazy requires) before measuring
  for (let i = 0; i < 5; i++) {
    await mammothOnly();
    await ours();
  }
  const a = [];
  const b = [];
  // interleave the two so that GC and CPU frequency drift hit both alike
  for (let i = 0; i < rounds; i++) {
    a.push(await time(mammothOnly));
    b.push(await time(ours));
  }
  rows.push({ name, mammoth: median(a), readDocx: median(b) });
}

const pad = (s, n) => String(s).padEnd(n);
const num = (x) => x.toFixed(2).padStart(8);
console.log(`${pad('file', 30)} ${'mammoth ms'.padStart(10)} ${'readDocx ms'.padStart(11)} ${'ratio'.padStart(6)}`);
let worst = 0;
for (const r of rows) {
  const ratio = r.readDocx / r.mammoth;
  worst = Math.max(worst, ratio);
  console.log(`${pad(r.name, 30)} ${num(r.mammoth).padStart(10)} ${num(r.readDocx).padStart(11)} ${ratio.toFixed(2).padStart(6)}`);
}
console.log(`\nmedians of ${rounds} runs each; worst ratio ${worst.toFixed(2)}× (target ≤ ${TARGET}×)`);
