// Regression dump for speed work (issue 11): parseFile (dist/index.js) on every
// input document under fixtures/, each result as JSON in OUT/<relative path>.json
// (an error as its message). `diff -r` two dumps: any byte that differs is a change
// of output. Also dumps parseText and explainFile of the text inputs, the paths a
// speed change to the text pipeline could alter without parseFile showing it.
// Usage: npm run build && node scripts/dump-outputs.mjs OUT
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { explainFile, parseFile, parseText } from '../dist/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = process.argv[2];
if (!out) throw new Error('usage: node scripts/dump-outputs.mjs OUT');
// answers, not inputs
const notInput = (rel) => /(^|\/)gold[^/]*\//.test(rel) || /\.md$/.test(rel) || rel.startsWith('fixtures/schemas/');

function* walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

const write = (rel, value) => {
  const file = join(out, `${rel}.json`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(value, null, 1) + '\n');
};
const attempt = async (fn) => {
  try {
    return await fn();
  } catch (error) {
    return { error: String(error?.message ?? error) };
  }
};

let count = 0;
for (const path of walk(join(root, 'fixtures'))) {
  const rel = relative(root, path);
  if (notInput(rel)) continue;
  write(rel, await attempt(() => parseFile(rel)));
  if (rel.endsWith('.txt')) {
    write(`${rel}.explain`, await attempt(() => explainFile(rel)));
    write(`${rel}.text`, await attempt(() => parseText(readFileSync(path, 'utf8'), { path: rel, year: 2024 })));
  }
  count++;
}
// the bench's input: all seeds as one text
const seeds = join(root, 'fixtures/seeds');
const whole = readdirSync(seeds).sort().map((n) => readFileSync(join(seeds, n), 'utf8')).join('\n\n');
write('all-seeds', await attempt(() => parseText(Array(2).fill(whole).join('\n\n'))));
console.log(`${count} inputs dumped to ${out}`);
