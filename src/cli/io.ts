/** The CLI's file-system edge: atomic writes that never touch an input. */
import { tempPathFor } from '../fs/atomic.js';
import { rename, unlink, writeFile, realpath, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { PlanParseError } from '../errors.js';

/** Write to a temporary file beside the target, then rename: readers never see a half-written file. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(resolve(path)), { recursive: true });
  const temp = tempPathFor(resolve(path));
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** Refuse an output path that is one of the inputs. */
export async function assertNotInput(output: string, inputs: string[]): Promise<void> {
  const out = await realpath(output).catch(() => resolve(output));
  for (const input of inputs) {
    const real = await realpath(input).catch(() => resolve(input));
    if (real === out) throw new PlanParseError('usage', `refusing to overwrite the input file ${input} with output`, output);
  }
}
