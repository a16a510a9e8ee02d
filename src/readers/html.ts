/** HTML reader. STUB — being implemented (issue 3). */
import type { ReadResult } from '../model/block.js';
import { inputError } from '../errors.js';

export async function readHtml(_bytes: Uint8Array, file: string): Promise<ReadResult> {
  throw inputError(file, 'HTML files are not supported yet');
}
