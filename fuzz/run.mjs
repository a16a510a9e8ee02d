#!/usr/bin/env node
/**
 * The fuzz suite (issue 12). `npm run fuzz -- --cases 10000 --seed 1`:
 * mutated real inputs (fixtures/docx .docx parts and .doc bytes, the seeds'
 * text, the HTML pages, and the issue's bad inputs from cases.mjs) through the
 * whole pipeline in worker processes with a per-case timeout; prints the ok /
 * clean error / crash / hang / schema-invalid counts and saves every failing
 * input (fuzz/failures/seed-N/ by default) with a note of what happened.
 * Exit code 1 when anything crashed, hung or gave a schema-invalid output.
 * Needs the build (dist/): npm run fuzz builds first.
 */
import { fork } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { CASES, ROOT } from './cases.mjs';
import { mutateBytes, mutateDoc, mutateDocx, mutateHtml, mutateText, prng } from './mutate.mjs';

const CHILD = fileURLToPath(new URL('./child.mjs', import.meta.url));

/** The inputs mutations start from: small real files of every kind, and the issue's bad inputs. */
export async function corpus() {
  const seeds = [];
  const add = (dir, filter) => {
    for (const name of readdirSync(join(ROOT, 'fixtures', dir)).sort()) {
      if (filter.test(name)) seeds.push({ name: `${dir}/${name}`, ext: name.split('.').pop(), bytes: readFileSync(join(ROOT, 'fixtures', dir, name)) });
    }
  };
  add('docx', /\.(docx|doc)$/);
  add('seeds', /^00[0-5].*\.txt$/);
  add('layouts', /\.txt$/);
  add('html', /\.(html|doc)$/);
  for (const c of CASES) if (!c.slow) seeds.push({ name: `case:${c.name}`, ext: c.ext, bytes: await c.bytes() });
  return seeds;
}

const kindOf = (seed) => (seed.bytes[0] === 0x50 && seed.bytes[1] === 0x4b ? 'docx' : seed.bytes[0] === 0xd0 && seed.bytes[1] === 0xcf ? 'doc' : /<html|<div|<table/i.test(seed.bytes.subarray(0, 4096).toString('latin1')) ? 'html' : 'text');

/** Case number i of a seeded run: which seed file, which mutator, the bytes. */
export async function makeCase(seeds, seed, i) {
  const rand = prng((seed * 1_000_003 + i * 7919) >>> 0);
  const base = rand.pick(seeds);
  const kind = kindOf(base);
  // a few cases take the seed as it is (the regression inputs themselves), a few a raw byte mutation
  if (rand.chance(0.03)) return { base: base.name, mutator: 'none', ext: base.ext, bytes: base.bytes };
  if (rand.chance(0.1)) return { base: base.name, mutator: 'bytes', ext: base.ext, bytes: mutateBytes(base.bytes, rand) };
  const mutate = { docx: mutateDocx, doc: mutateDoc, html: mutateHtml, text: mutateText }[kind];
  return { base: base.name, mutator: kind, ext: base.ext, bytes: capped(await mutate(base.bytes, rand)) };
}

/**
 * Repeating an 80,000-character line 10,000 times makes an 800 MB case: its
 * time goes into making and sending it, and the pipeline would refuse it at
 * once (over --max-size). Cases stay just past the largest size limit, so
 * the refusal is still exercised.
 */
const MAX_CASE_BYTES = 64 * 1024 * 1024;
const capped = (bytes) => (bytes.length > MAX_CASE_BYTES ? bytes.subarray(0, MAX_CASE_BYTES) : bytes);

class Worker {
  constructor() {
    this.spawn();
  }
  spawn() {
    const child = fork(CHILD, [], { serialization: 'advanced', stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    this.child = child;
    // only the current child's death is news: a child killed for a hang exits later, during the next case
    child.on('exit', () => {
      if (child === this.child) this.onExit?.();
    });
  }
  run(job, timeoutMs) {
    return new Promise((resolve) => {
      const finish = (reply) => {
        clearTimeout(timer);
        this.child.off('message', onMessage);
        this.onExit = undefined;
        resolve(reply);
      };
      const onMessage = (reply) => finish(reply);
      const timer = setTimeout(() => {
        this.onExit = undefined;
        this.child.off('message', onMessage);
        this.child.kill('SIGKILL');
        this.spawn();
        finish({ kind: 'hang', message: `no answer after ${timeoutMs} ms` });
      }, timeoutMs);
      this.onExit = () => {
        this.spawn();
        finish({ kind: 'crash', message: 'the worker process died (out of memory or a native crash)' });
      };
      this.child.on('message', onMessage);
      this.child.send(job);
    });
  }
  stop() {
    this.onExit = undefined;
    this.child.kill('SIGKILL');
  }
}

export const KINDS = ['ok', 'clean', 'crash', 'hang', 'schema'];
const LABEL = { ok: 'ok', clean: 'clean error', crash: 'crash', hang: 'hang', schema: 'schema-invalid' };

/** Run `cases` cases of `seed`; failures are saved under `out` (null: not saved). */
export async function runFuzz({ cases = 500, seed = 1, jobs = Math.min(2, availableParallelism()), timeoutMs = 10_000, out = null, log = () => {}, exclude = [] } = {}) {
  const seeds = (await corpus()).filter((s) => !exclude.includes(s.name));
  const counts = Object.fromEntries(KINDS.map((k) => [k, 0]));
  const failures = [];
  const workers = Array.from({ length: jobs }, () => new Worker());
  let next = 0;
  const started = Date.now();
  await Promise.all(workers.map(async (worker) => {
    while (next < cases) {
      const i = next++;
      const c = await makeCase(seeds, seed, i);
      const reply = await worker.run({ id: i, bytes: c.bytes, name: `fuzz-${i}.${c.ext}` }, timeoutMs);
      counts[reply.kind]++;
      if (reply.kind !== 'ok' && reply.kind !== 'clean') {
        const failure = { case: i, seed, kind: reply.kind, base: c.base, mutator: c.mutator, message: reply.message };
        failures.push(failure);
        log(`case ${i} (${c.base}, ${c.mutator}): ${LABEL[reply.kind]}: ${reply.message}`);
        if (out) {
          mkdirSync(out, { recursive: true });
          writeFileSync(join(out, `${reply.kind}-${i}.${c.ext}`), c.bytes);
          writeFileSync(join(out, `${reply.kind}-${i}.json`), JSON.stringify({ ...failure, stack: reply.stack }, null, 2) + '\n');
        }
      }
      if ((i + 1) % 500 === 0) log(`${i + 1}/${cases} cases, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
  }));
  for (const worker of workers) worker.stop();
  return { counts, failures, seconds: (Date.now() - started) / 1000 };
}

export function summary({ counts, seconds }, cases, seed) {
  return `fuzz: ${cases} cases, seed ${seed}: ${KINDS.map((k) => `${counts[k]} ${LABEL[k]}`).join(', ')} (${seconds.toFixed(1)} s)`;
}

function args(argv) {
  const get = (name, fallback) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : fallback;
  };
  return {
    cases: Number(get('cases', 1000)),
    seed: Number(get('seed', 1)),
    jobs: Number(get('jobs', Math.min(2, availableParallelism()))),
    timeoutMs: Number(get('timeout', 10)) * 1000,
    out: get('out', null),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const options = args(process.argv.slice(2));
  const out = options.out ?? join(ROOT, 'fuzz', 'failures', `seed-${options.seed}`);
  const result = await runFuzz({ ...options, out, log: (line) => process.stderr.write(line + '\n') });
  process.stdout.write(summary(result, options.cases, options.seed) + '\n');
  if (result.failures.length) process.stdout.write(`failing inputs saved in ${out}\n`);
  process.exit(result.counts.crash + result.counts.hang + result.counts.schema > 0 ? 1 : 0);
}
