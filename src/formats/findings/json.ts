/** `--format json`: the CheckReport as it is (schemas/report.schema.json). */
import type { FormatInput } from './common.js';

export function formatJson({ report }: FormatInput): string {
  return JSON.stringify(report, null, 2) + '\n';
}
