/** The worker of budget.ts: one file's processFile per message. */
import { parentPort } from 'node:worker_threads';
import type { BudgetJob, BudgetReply } from './budget.js';
import { PlanParseError } from './errors.js';
import { ConfigFinder, loadConfigFile } from './config/load.js';
import { processFile, type ProcessOptions } from './check/process-file.js';

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
  return processFile(job.input, { ...(job.options as ProcessOptions), finder: await finder(job.configPath) });
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
