/** OLE container reader (.doc, encrypted .docx). STUB — being implemented (issue 3). */
import type { ReadResult } from '../model/block.js';
import { inputError } from '../errors.js';

export async function readOle(_bytes: Uint8Array, file: string): Promise<ReadResult> {
  throw inputError(file, 'legacy Word .doc files are not supported yet');
}
