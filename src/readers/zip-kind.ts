/**
 * What a zip holds, from its central directory alone: an OFD package
 * (`OFD.xml`), an Excel workbook (`xl/workbook.xml`: .xlsx, and .et saved as
 * one), or else a Word package (which the Word reader checks and names).
 */
import { openZip } from '../fs/zip.js';

export type ZipKind = 'ofd' | 'xlsx' | 'word';

export async function zipKind(bytes: Uint8Array): Promise<ZipKind> {
  try {
    const zip = await openZip(bytes);
    if (zip.has('OFD.xml')) return 'ofd';
    if (zip.has('xl/workbook.xml') && !zip.has('word/document.xml')) return 'xlsx';
  } catch {
    // a broken zip: the Word reader gives the one-line error
  }
  return 'word';
}
