/**
 * Opening a .docx package: size limits before inflating, the main document
 * part from the relationships, and one clear error per way it can be wrong.
 */
import { inputError } from '../../errors.js';
import { attr, elements } from './xml.js';
import { checkExpansion, openZip, readCentralDirectory, ZipFormatError, type ZipArchive } from './zip.js';

export interface WordPackage {
  zip: ZipArchive;
  mainPath: string;
  stylesPath?: string;
  numberingPath?: string;
}

/** Other formats that are zips too: say what the file is instead of only what it is not. */
const LOOKALIKES: [string, string][] = [
  ['xl/workbook.xml', 'an Excel workbook'],
  ['ppt/presentation.xml', 'a PowerPoint presentation'],
  ['content.xml', 'an OpenDocument file'],
];

export function readPart(zip: ZipArchive, path: string, file: string): string {
  try {
    return zip.read(path).toString('utf8');
  } catch (err) {
    throw inputError(file, `the Word document is damaged: ${(err as Error).message}`);
  }
}

function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base ? base.split('/') : [];
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

/** Relationship type suffix → target path, for one .rels part. */
function readRelationships(zip: ZipArchive, relsPath: string, base: string, file: string): Map<string, string> {
  const found = new Map<string, string>();
  if (!zip.has(relsPath)) return found;
  for (const { attrs } of elements(readPart(zip, relsPath, file), 'Relationship')) {
    const type = attr(attrs, 'Type') ?? '';
    const target = attr(attrs, 'Target');
    if (target && attr(attrs, 'TargetMode') !== 'External') found.set(type.slice(type.lastIndexOf('/') + 1), resolveTarget(base, target));
  }
  return found;
}

function open(bytes: Uint8Array, file: string): ZipArchive {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const refused = checkExpansion(readCentralDirectory(buf), buf.length);
    if (refused) throw inputError(file, `refused to unpack the zip archive: ${refused}`);
    return openZip(bytes);
  } catch (err) {
    if (err instanceof ZipFormatError) throw inputError(file, `corrupt zip archive (${err.message})`);
    throw err;
  }
}

export function openWordPackage(bytes: Uint8Array, file: string): WordPackage {
  const zip = open(bytes, file);
  const root = readRelationships(zip, '_rels/.rels', '', file);
  const mainPath = root.get('officeDocument') ?? 'word/document.xml';
  if (!zip.has(mainPath)) {
    if (zip.names.some((n) => n.startsWith('word/'))) {
      throw inputError(file, `a Word package without its main document (${mainPath} is missing)`);
    }
    const lookalike = LOOKALIKES.find(([part]) => zip.has(part));
    throw inputError(file, `a zip archive but not a Word document${lookalike ? ` (it looks like ${lookalike[1]})` : ` (no ${mainPath})`}`);
  }
  const dir = mainPath.includes('/') ? mainPath.slice(0, mainPath.lastIndexOf('/')) : '';
  const relsPath = `${dir ? `${dir}/` : ''}_rels/${mainPath.slice(dir ? dir.length + 1 : 0)}.rels`;
  const rels = readRelationships(zip, relsPath, dir, file);
  const existing = (p: string | undefined) => (p && zip.has(p) ? p : undefined);
  return { zip, mainPath, stylesPath: existing(rels.get('styles')), numberingPath: existing(rels.get('numbering')) };
}
