/** .docx reader. STUB — being implemented (issue 3). */
import type { ReadResult } from '../../model/block.js';
import { inputError } from '../../errors.js';

export async function readDocx(_bytes: Uint8Array, file: string): Promise<ReadResult> {
  throw inputError(file, 'Word .docx files are not supported yet');
}
