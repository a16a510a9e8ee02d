/**
 * The folders of src/ are layers (README, "Architecture"): a module imports
 * only from its own folder or from folders below it, and no modules import
 * each other in a circle. This test reads every import in src/ (static and
 * dynamic) and fails on an edge that goes up or sideways, so the pipeline
 * stays readable from the tree.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/** Bottom first: each layer may import from the layers before it. */
export const LAYERS = [
  'model', // types and zod schemas only
  'errors', 'limits', 'text', 'i18n', 'lexicon', 'grammar', 'fs', // used by any stage
  'readers', 'documents', 'outline', 'extract', 'pipeline', // file → blocks → documents → outline → tasks
  'rules', 'config', 'check', 'eval', // gap rules, their configuration, the engine and reports
  'formats', // writers and finding formatters
  'cli', // the process: commands
  'index', // the library entry
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const layerOf = (file: string) => {
  const parts = relative(SRC, file).split('/');
  return parts.length === 1 ? parts[0]!.replace(/\.ts$/, '') : parts[0]!;
};

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import\()\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => normalize(join(dirname(file), m[1]!)).replace(/\.js$/, '.ts'));
}

const files = sources(SRC);
const graph = new Map(files.map((f) => [f, importsOf(f)]));

describe('the layers of src/', () => {
  it('every folder and top-level module has its place in the order', () => {
    const unknown = [...new Set(files.map(layerOf))].filter((l) => !LAYERS.includes(l));
    expect(unknown).toEqual([]);
  });

  it('imports go only down the layers (or stay in the folder)', () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      const from = LAYERS.indexOf(layerOf(file));
      for (const target of targets) {
        const to = LAYERS.indexOf(layerOf(target));
        if (to > from || (to === from && layerOf(file) !== layerOf(target))) wrong.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('no modules import each other in a circle (static imports; a lazy import() may point back)', () => {
    const staticGraph = new Map(files.map((f) => [f, [...readFileSync(f, 'utf8').matchAll(/^\s*(?:import|export)\s[^'";]*?from\s*['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => normalize(join(dirname(f), m[1]!)).replace(/\.js$/, '.ts'))]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, 'open');
      stack.push(f);
      for (const t of staticGraph.get(f) ?? []) {
        if (state.get(t) === 'open') cycles.push(stack.slice(stack.indexOf(t)).concat(t).map((x) => relative(SRC, x)).join(' → '));
        else if (!state.has(t)) visit(t);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of files) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });
});
