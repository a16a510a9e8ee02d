/** The worker of budget.ts: one file's parse or check per message. */
import { parentPort } from 'node:worker_threads';
import type { BudgetJob, BudgetReply } from './budget.js';
import { PlanParseError } from './errors.js';
import { parseBytes, parseFile, type ParseOptions } from './pipeline.js';
import { ConfigFinder, defaultConfig, loadConfigFile } from './config/load.js';
import { resolveConfig } from './config/resolve.js';
import { checkFile, configFor, type CheckFileOptions } from './check/check-file.js';

const finders = new Map<string, ConfigFinder>();

async function finder(configPath?: string): Promise<ConfigFinder> {
  const key = configPath ?? '';
  let found = finders.get(key);
  if (!found) {
    found = new ConfigFinder(configPath ? await loadConfigFile(configPath) : undefined);
    finders.set(key, found);
  }
  return found;
}

async function work(job: BudgetJob): Promise<unknown> {
  if (job.op === 'check') {
    return checkFile(job.path, { ...(job.options as CheckFileOptions), finder: await finder(job.configPath) });
  }
  const options = job.options as ParseOptions & { year?: number | null };
  const config = job.bytes ? resolveConfig(defaultConfig()) : await configFor(job.path, await finder(job.configPath));
  const fileOptions: ParseOptions = { ...options, lexicon: config.lexicon, year: options.year ?? config.year };
  return job.bytes ? parseBytes(job.bytes, job.name ?? '<stdin>', fileOptions) : parseFile(job.path, fileOptions);
}

function failure(error: unknown): BudgetReply {
  if (error instanceof PlanParseError) {
    return { ok: false, planParse: { kind: error.kind, message: error.message, file: error.file, detail: error.detail }, message: error.message, stack: error.stack };
  }
  const e = error instanceof Error ? error : new Error(String(error));
  return { ok: false, message: e.message, stack: e.stack };
}

parentPort!.on('message', (job: BudgetJob) => {
  work(job).then(
    (value) => parentPort!.postMessage({ ok: true, value } satisfies BudgetReply),
    (error: unknown) => parentPort!.postMessage(failure(error)),
  );
});
