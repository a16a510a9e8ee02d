/**
 * Where an input's outputs go: `OUT/<index path>.<ext>`, or with --split one
 * file per document, `OUT/<index path>.<document index>.<ext>`. The extension
 * is appended (not swapped) so that `a.doc` and `a.docx` never collide, and an
 * output can never have a document's name, so it can never overwrite an input.
 */
import { join, relative, isAbsolute } from 'node:path';
import type { DataFormat } from '../../formats/serialize.js';

export interface OutputSpec {
  /** Absolute out-dir. */
  dir: string;
  format: DataFormat;
  split: boolean;
}

const EXTENSION: Record<DataFormat, string> = { json: 'json', yaml: 'yaml', jsonl: 'jsonl' };

/** The output path for an index path, without extension; null if it would leave the out-dir. */
export function outputBase(spec: OutputSpec, path: string): string | null {
  const base = join(spec.dir, path);
  const rel = relative(spec.dir, base);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? base : null;
}

export function outputFiles(spec: Pick<OutputSpec, 'format' | 'split'>, base: string, documents: number): string[] {
  const ext = EXTENSION[spec.format];
  if (!spec.split) return [`${base}.${ext}`];
  return Array.from({ length: documents }, (_, i) => `${base}.${i}.${ext}`);
}
