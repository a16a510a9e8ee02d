/**
 * Choose a reader by the file's bytes, not its name: a .doc renamed .docx, a
 * .docx renamed .doc and an HTML page saved as .doc all happen in real archives.
 */
export type SniffedFormat = 'zip' | 'ole' | 'html' | 'wordml' | 'rtf' | 'pdf' | 'text' | 'empty';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) return 'zip';
  if (startsWith(bytes, OLE)) return 'ole';
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF|^\xFF\xFE|^\xFE\xFF/, '');
  if (head.startsWith('{\\rtf')) return 'rtf';
  if (head.startsWith('%PDF-')) return 'pdf';
  const ascii = head.replace(/\0/g, '').trimStart().slice(0, 1024).toLowerCase();
  // Word 2003 XML ("Save as XML"): an XML file, not text and not HTML
  if (/^<\?xml[^>]*>\s*(<\?mso-application[^>]*word\.document|<w:worddocument)/.test(ascii)) return 'wordml';
  if (/^<(!doctype html|html|head|body|meta|\?xml[^>]*>\s*<html)/.test(ascii) || /<html[\s>]/.test(ascii.slice(0, 512))) return 'html';
  return 'text';
}

/** A Word package (zip or OLE): its size limit is the larger one, its bytes are mostly pictures. */
export function isPackage(bytes: Uint8Array): boolean {
  const format = sniffFormat(bytes.subarray(0, 8));
  return format === 'zip' || format === 'ole';
}
