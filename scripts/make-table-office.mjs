// Builds fixtures/tables-office: the held-out real plans whose text keeps a
// task table as ` | ` rows, written again as HTML with real <table>s and, by
// LibreOffice, as Word files — the same cells, so the same gold applies.
// Dev tool (needs `soffice` on PATH); the project and its tests do not.
//   node scripts/make-table-office.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../fixtures/', import.meta.url));
const out = join(root, 'tables-office');
const SETS = ['real-new', 'real-more'];
/** A row of a table: three or more cells between bars. */
const ROW = /^[^|]+( \| [^|]*){2,}/;
const MIN_ROWS = 3;

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A ` | ` row's cells: the bar closing the last cell opens none. */
function cells(line) {
  const parts = line.split('|').map((c) => c.trim());
  if (parts.at(-1) === '') parts.pop();
  return parts;
}

function toHtml(text, title) {
  const body = [];
  let table = [];
  const flush = () => {
    if (table.length) body.push(`<table border="1">\n${table.map((r) => `<tr>${cells(r).map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('\n')}\n</table>`);
    table = [];
  };
  for (const line of text.split('\n')) {
    if (ROW.test(line)) table.push(line);
    else {
      flush();
      if (line.trim()) body.push(`<p>${escape(line)}</p>`);
    }
  }
  flush();
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${escape(title)}</title></head><body>\n${body.join('\n')}\n</body></html>\n`;
}

rmSync(out, { recursive: true, force: true });
for (const dir of ['html', 'docx', 'gold-html', 'gold-docx']) mkdirSync(join(out, dir), { recursive: true });
const made = [];
for (const set of SETS) {
  for (const name of readdirSync(join(root, set, 'docs')).sort()) {
    const text = readFileSync(join(root, set, 'docs', name), 'utf8');
    if (text.split('\n').filter((l) => ROW.test(l)).length < MIN_ROWS) continue;
    const stem = `${set}-${basename(name, '.txt')}`;
    writeFileSync(join(out, 'html', `${stem}.html`), toHtml(text, stem));
    const gold = JSON.parse(readFileSync(join(root, set, 'gold', `${basename(name, '.txt')}.json`), 'utf8'));
    for (const ext of ['html', 'docx']) writeFileSync(join(out, `gold-${ext}`, `${stem}.json`), JSON.stringify({ ...gold, doc: `${stem}.${ext}` }, null, 2) + '\n');
    made.push(stem);
  }
}
execFileSync('soffice', ['--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(out, 'docx'), ...made.map((s) => join(out, 'html', `${s}.html`))], { stdio: 'inherit' });
console.log(`${made.length} documents → fixtures/tables-office`);
