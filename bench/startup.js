// Whole-process time of `plan-parse FILE` (text view and --format json) for a
// .txt and a .docx, next to `node -e 0` (Node's own start-up), medians of N
// runs, and the ratio to node (issue 11's target: ≤ 2.5×).
// Run after `npm run build`: node bench/startup.js [runs] [--quick]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const quick = process.argv.includes('--quick');
const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? (quick ? 3 : 15));
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../bin/plan-parse.js', import.meta.url));

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(args) {
  const times = [];
  for (let i = 0; i < runs + 2; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
    if (i >= 2) times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

const rows = [
  ['node -e 0', ['-e', '0']],
  ['plan-parse --version', [bin, '--version']],
  ['plan-parse seed.txt (text view)', [bin, 'fixtures/seeds/000_6b83b6aff292ad91.txt']],
  ['plan-parse seed.txt --format json', [bin, 'fixtures/seeds/000_6b83b6aff292ad91.txt', '--format', 'json']],
  ['plan-parse plan.docx --format json', [bin, 'fixtures/docx/000-autonum.docx', '--format', 'json']],
  ['plan-parse plan.docx (text view)', [bin, 'fixtures/docx/000-autonum.docx']],
];
const base = time(['-e', '0']);
console.log(`${'command'.padEnd(38)} ${'median ms'.padStart(10)} ${'over node'.padStart(10)} ${'× node'.padStart(7)}`);
for (const [label, args] of rows) {
  const ms = label === 'node -e 0' ? base : time(args);
  console.log(`${label.padEnd(38)} ${ms.toFixed(1).padStart(10)} ${(ms - base).toFixed(1).padStart(10)} ${(ms / base).toFixed(2).padStart(6)}×`);
}
console.log(`\nmedians of ${runs} runs each (after 2 warm-up runs); target ≤ 2.5× node`);
