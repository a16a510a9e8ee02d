/** Machine formats for parsed files: JSON, YAML, JSON Lines (one document per line). */
import type { ParsedFile } from '../model/plan.js';

export type DataFormat = 'json' | 'yaml' | 'jsonl';

export async function serialize(files: ParsedFile[], format: DataFormat): Promise<string> {
  switch (format) {
    case 'json':
      return JSON.stringify(files.length === 1 ? files[0] : files, null, 2) + '\n';
    case 'jsonl':
      return files.map(toJsonLines).join('');
    case 'yaml': {
      const { stringify } = await import('yaml');
      return files.map((file) => stringify(file, { lineWidth: 0 })).join('---\n');
    }
  }
}

/** One line per document, each carrying its file's source, for streaming pipelines. */
export function toJsonLines(file: ParsedFile): string {
  return file.documents
    .map((document) => JSON.stringify({ schemaVersion: file.schemaVersion, source: file.source, document }) + '\n')
    .join('');
}
