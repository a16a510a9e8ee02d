/**
 * file → blocks. Picks the reader from the bytes (see sniff.ts); the Word and
 * HTML readers are loaded only when a file needs them, to keep start-up fast
 * for text files.
 */
import type { ReadResult } from '../model/block.js';
import { inputError } from '../errors.js';
import { isPackage, sniffFormat } from './sniff.js';
import { readText } from './text.js';
import { checkSize, defaultSizeLimit, type SizeLimit } from '../limits.js';

export async function readBytes(bytes: Uint8Array, file: string, limit: SizeLimit = defaultSizeLimit()): Promise<ReadResult> {
  const sniffed = sniffFormat(bytes);
  // text and web pages: every byte is content, and the pipeline's work grows with it
  checkSize(file, bytes.byteLength, limit, isPackage(bytes));
  switch (sniffed) {
    case 'empty':
      throw inputError(file, 'the file is empty (0 bytes)');
    case 'zip': {
      const { zipKind } = await import('./zip-kind.js');
      const kind = await zipKind(bytes);
      if (kind === 'ofd') {
        const { readOfd } = await import('./ofd.js');
        return readOfd(bytes, file);
      }
      if (kind === 'xlsx') {
        const { readXlsx } = await import('./xlsx.js');
        return readXlsx(bytes, file);
      }
      const { readDocx } = await import('./docx/index.js');
      return readDocx(bytes, file);
    }
    case 'ole': {
      const { readOle } = await import('./doc.js');
      return readOle(bytes, file);
    }
    case 'html': {
      const { readHtml } = await import('./html.js');
      return readHtml(bytes, file);
    }
    case 'wordml':
      throw inputError(file, 'Word 2003 XML documents are not supported (save it as .docx)');
    case 'rtf':
      throw inputError(file, 'RTF files are not supported (save it as .docx)');
    case 'pdf': {
      const { readPdf } = await import('./pdf.js');
      return readPdf(bytes, file);
    }
    case 'text':
      return readText(bytes, file, /\.(md|markdown)$/i.test(file) ? 'md' : 'txt');
  }
}
