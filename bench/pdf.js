// PDF reading speed: the fixtures/pdf files (printed from fixtures/real/docx), read three times.
// Pages are read one at a time and released, so the figure per page holds for long files.
import { readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// child mode: read one generated PDF of N pages and print its figures (peak RSS is per process)
const long = process.argv.indexOf('--long-pages');
if (long > 0) {
  const { longPdf } = await import('./long-pdf.js');
  const { readPdf } = await import('../dist/readers/pdf.js');
  const n = Number(process.argv[long + 1]);
  const bytes = longPdf(n);
  const t = performance.now();
  await readPdf(bytes, `long-${n}.pdf`);
  const s = (performance.now() - t) / 1000;
  console.log(`generated PDF of ${n} pages (${(bytes.length / 1e6).toFixed(1)} MB): ${s.toFixed(2)} s, ${(n / s).toFixed(0)} pages/s, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  process.exit(0);
}

const dir = fileURLToPath(new URL('../fixtures/pdf/', import.meta.url));
const { readPdf } = await import('../dist/readers/pdf.js');
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const files = readdirSync(dir).filter((f) => f.endsWith('.pdf')).map((f) => ({ f, bytes: new Uint8Array(readFileSync(dir + f)) }));
let pages = 0;
for (const { bytes } of files) {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  pages += doc.numPages;
  await doc.destroy();
}
await readPdf(files[0].bytes, files[0].f); // warm-up
const rounds = 3;
const start = performance.now();
for (let r = 0; r < rounds; r++) for (const { f, bytes } of files) await readPdf(bytes, f);
const seconds = (performance.now() - start) / 1000;
console.log(`PDF (readPdf: text, rules, layout): ${files.length} files, ${pages} pages × ${rounds}: ${((pages * rounds) / seconds).toFixed(0)} pages/s, ${((files.length * rounds) / seconds).toFixed(1)} files/s`);
console.log(`peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);

// long files: pages are read one at a time, so 300 pages must not need ten times the memory of 30
for (const n of [30, 300]) spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--long-pages', String(n)], { stdio: 'inherit' });
