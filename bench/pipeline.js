// Throughput of the text pipeline on the seeds (parseText: clean, split,
// outline, extract, validate), in documents and MB per second.
// Run after `npm run build`: node bench/pipeline.js
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseText } from '../dist/index.js';

const dir = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));
const texts = readdirSync(dir).sort().map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
for (let i = 0; i < 3; i++) for (const { text } of texts) parseText(text);

console.log(`${'seed'.padEnd(30)} ${'KB'.padStart(6)} ${'docs'.padStart(5)} ${'ms/file'.padStart(8)} ${'docs/s'.padStart(8)}`);
let totalMs = 0;
let totalDocs = 0;
let totalBytes = 0;
for (const { name, text } of texts) {
  const rounds = process.argv.includes('--quick') ? 3 : 20;
  const start = performance.now();
  let docs = 0;
  for (let i = 0; i < rounds; i++) docs = parseText(text).documents.length;
  const ms = (performance.now() - start) / rounds;
  totalMs += ms;
  totalDocs += docs;
  totalBytes += Buffer.byteLength(text);
  console.log(`${name.padEnd(30)} ${(Buffer.byteLength(text) / 1024).toFixed(0).padStart(6)} ${String(docs).padStart(5)} ${ms.toFixed(2).padStart(8)} ${((docs / ms) * 1000).toFixed(0).padStart(8)}`);
}
console.log(`\nall seeds: ${((totalDocs / totalMs) * 1000).toFixed(0)} documents/s, ${(totalBytes / 1024 / 1024 / (totalMs / 1000)).toFixed(2)} MB/s (one thread)`);

// cost in size: all seeds as one text, repeated; MB/s that falls as the input grows means a scan that is not linear
const quick = process.argv.includes('--quick');
const whole = texts.map((t) => t.text).join('\n\n');
console.log(`\n${'input'.padEnd(8)} ${'MB'.padStart(6)} ${'ms'.padStart(8)} ${'MB/s'.padStart(6)}`);
for (const times of quick ? [1, 4, 16] : [1, 4, 16, 64]) {
  const text = Array(times).fill(whole).join('\n\n');
  const mb = Buffer.byteLength(text) / 2 ** 20;
  const start = performance.now();
  parseText(text);
  const ms = performance.now() - start;
  console.log(`${(times + '×').padEnd(8)} ${mb.toFixed(2).padStart(6)} ${ms.toFixed(0).padStart(8)} ${(mb / (ms / 1000)).toFixed(2).padStart(6)}`);
}
console.log('target ≥ 20 MB/s at every size');
