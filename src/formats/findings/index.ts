/** The findings formats of `plan-parse check --format`. */
import { localizeReport, type FormatInput } from './common.js';
import { formatStylish } from './stylish.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatGithub } from './github.js';
import { formatJunit } from './junit.js';
import type { FindingFormat } from './names.js';

export { FINDING_FORMATS, type FindingFormat } from './names.js';

const formatters: Record<FindingFormat, (input: FormatInput) => string> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
};

export function formatFindings(format: FindingFormat, input: FormatInput): string {
  const lang = input.lang ?? 'en';
  return formatters[format]({ ...input, lang, report: localizeReport(input.report, lang) });
}

export type { FormatInput } from './common.js';
