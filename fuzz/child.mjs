/**
 * One fuzz worker process: each message is a case's bytes; the reply says
 * what the whole pipeline did with them — parse, the gap rules, JSON output.
 * ok | clean (a PlanParseError: one line, exit 2 in the CLI) | schema (the
 * output failed its own zod schema) | crash (anything else). Hangs are the
 * parent's to see (it kills this process).
 */
import { parseBytes } from '../dist/pipeline.js';
import { readBytes } from '../dist/readers/index.js';
import { checkParsed } from '../dist/check/engine.js';
import { resolveConfig } from '../dist/config/resolve.js';
import { defaultConfig } from '../dist/config/load.js';
import { serialize } from '../dist/formats/serialize.js';
import { ParsedFile } from '../dist/model/plan.js';

const config = resolveConfig(defaultConfig());

async function run(bytes, name) {
  const parsed = await parseBytes(bytes, name);
  const read = await readBytes(bytes, name);
  checkParsed(parsed, { config, lines: read.blocks });
  const json = await serialize([parsed], 'json');
  // what a consumer would read back must still be valid
  ParsedFile.parse(JSON.parse(json));
}

function classify(error) {
  if (error?.name === 'PlanParseError') {
    return error.line.includes('\n') ? { kind: 'crash', message: `a message over several lines: ${JSON.stringify(error.line)}` } : { kind: 'clean', message: error.message };
  }
  if (error?.name === 'ZodError' || error?.name === '$ZodError' || Array.isArray(error?.issues)) return { kind: 'schema', message: String(error.message).slice(0, 500) };
  return { kind: 'crash', message: `${error?.name}: ${String(error?.message).split('\n')[0]}`, stack: error?.stack };
}

process.on('message', async ({ id, bytes, name }) => {
  let reply;
  try {
    await run(Buffer.from(bytes), name);
    reply = { kind: 'ok' };
  } catch (error) {
    reply = classify(error);
  }
  process.send({ id, ...reply });
});
process.on('disconnect', () => process.exit(0));
