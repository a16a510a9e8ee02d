// Batch benchmark for `plan-parse convert`: N input files (default 1,000)
// copied from fixtures/seeds and fixtures/docx under varied names, converted
// with worker threads and with child processes, --jobs 1 and --jobs 2.
// Prints files/s, documents/s and the peak RSS of the whole process tree, and
// the machine's own ceiling for this work: two independent --jobs 1 processes,
// one per half of the inputs, side by side, against one process doing all of
// it with --jobs 1 (no pool can do much better than two separate processes).
// Run after `npm run build`: node bench/batch.js [files] [--all] [--rounds=N]
//   --all also runs processes with --jobs 1 (skipped by default to stay near a minute);
//   --rounds=N runs every configuration N times, interleaved, and reports the median
//   (for a busy machine, where one run can be off by a third).
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'bin', 'plan-parse.js');
const quick = process.argv.includes('--quick');
// the first size: jobs 1 vs 2; the second (3×): peak RSS of the default pool, to show it does not grow with the batch
const count = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? (quick ? 40 : 1000));
const all = process.argv.includes('--all');
const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 1);

/** N files in 20 folders, cycling through the corpus; names vary so paths (and shards) do too. */
function buildInputs(dir, count, from = 0) {
  const sources = ['seeds', 'docx'].flatMap((d) => readdirSync(join(root, 'fixtures', d)).sort().map((f) => join(root, 'fixtures', d, f)));
  for (let i = from; i < from + count; i++) {
    const source = sources[i % sources.length];
    const folder = join(dir, `单位${String(i % 20).padStart(2, '0')}`);
    mkdirSync(folder, { recursive: true });
    const ext = source.slice(source.lastIndexOf('.'));
    copyFileSync(source, join(folder, `工作方案-${String(i).padStart(4, '0')}${ext}`));
  }
}

/** Resident set of a process and all its descendants, from /proc (Linux); 0 elsewhere. */
function treeRss(pid) {
  let procs;
  try {
    procs = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return 0;
  }
  const parent = new Map();
  const rss = new Map();
  for (const p of procs) {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      parent.set(Number(p), Number(/PPid:\s+(\d+)/.exec(status)?.[1]));
      rss.set(Number(p), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024);
    } catch {
      // the process ended while we looked
    }
  }
  const inTree = (p) => {
    for (let q = p; q; q = parent.get(q)) if (q === pid) return true;
    return false;
  };
  let total = 0;
  for (const [p, bytes] of rss) if (inTree(p)) total += bytes;
  return total;
}

function run(inputs, out, pool, jobs) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, 'convert', inputs, '--out-dir', out, '--force', '--pool', pool, '--jobs', String(jobs)], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let peak = 0;
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const poll = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 50);
    child.on('exit', (code) => {
      clearInterval(poll);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`convert exited ${code}: ${stderr}`));
      const rows = readFileSync(join(out, 'index.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      const documents = rows.reduce((n, r) => n + r.documents, 0);
      resolve({ pool, jobs, seconds, files: rows.length, documents, peak });
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'plan-parse-bench-'));
try {
  // other work on the machine skews the figures: say how busy it was
  const load = loadavg()[0].toFixed(2);
  const inputs = join(dir, 'in');
  buildInputs(inputs, count);
  const configs = [['threads', 1], ['threads', 2], ...(all ? [['processes', 1], ['processes', 2]] : [])];
  const runs = configs.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [i, [pool, jobs]] of configs.entries()) {
      const r = await run(inputs, join(dir, `out-${pool}-${jobs}`), pool, jobs);
      runs[i].push(r);
      console.error(`  ${pool} --jobs ${jobs}: ${r.seconds.toFixed(1)} s`);
    }
  }
  // the median run by time (its own peak RSS with it)
  const results = runs.map((rs) => [...rs].sort((a, b) => a.seconds - b.seconds)[Math.floor(rs.length / 2)]);
  const bigInputs = join(dir, 'in-3x');
  buildInputs(bigInputs, count * 3);
  const big = await run(bigInputs, join(dir, 'out-3x'), 'threads', 2);
  // the ceiling: the same inputs as two halves, in two processes at once
  const halves = [join(dir, 'half-a'), join(dir, 'half-b')];
  buildInputs(halves[0], Math.ceil(count / 2));
  buildInputs(halves[1], Math.floor(count / 2), Math.ceil(count / 2));
  const started = performance.now();
  await Promise.all(halves.map((h, i) => run(h, join(dir, `out-half-${i}`), 'threads', 1)));
  const together = (performance.now() - started) / 1000;
  const ceiling = results[0].seconds / together;
  const pad = (s, n) => String(s).padStart(n);
  const mb = (r) => (r.peak ? `${Math.round(r.peak / 2 ** 20)} MB` : 'n/a');
  console.log(`${count} files (${results[0].documents} documents) from fixtures/, \`plan-parse convert --force\`${rounds > 1 ? `, median of ${rounds} runs` : ''}; load average at start ${load}:`);
  console.log(`${'files'.padStart(5)} ${'pool'.padEnd(10)} ${pad('jobs', 4)} ${pad('seconds', 8)} ${pad('files/s', 8)} ${pad('docs/s', 8)} ${pad('peak RSS', 9)}`);
  for (const r of [...results, big]) {
    console.log(`${pad(r.files, 5)} ${r.pool.padEnd(10)} ${pad(r.jobs, 4)} ${pad(r.seconds.toFixed(1), 8)} ${pad((r.files / r.seconds).toFixed(1), 8)} ${pad((r.documents / r.seconds).toFixed(1), 8)} ${pad(mb(r), 9)}`);
  }
  console.log(`\nthreads --jobs 2 vs --jobs 1: ${(results[0].seconds / results[1].seconds).toFixed(2)}× (target ≥ 1.7×); peak RSS ${mb(results[1])} at ${count} files, ${mb(big)} at ${count * 3}`);
  console.log(`the machine's ceiling: the same ${count} files as two halves in two separate --jobs 1 processes at once: ${together.toFixed(1)} s → ${ceiling.toFixed(2)}× over one process (--jobs 2 gets ${((results[0].seconds / results[1].seconds) / ceiling * 100).toFixed(0)}% of that)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
