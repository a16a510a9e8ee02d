/**
 * Opening a .docx package: size limits before inflating, the main document
 * part from the relationships, and one clear error per way it can be wrong.
 */
import { inputError } from '../../errors.js';
import { attr, elements } from './xml.js';
import { checkExpansion, openZip, ZipFormatError, type ZipArchive } from '../../fs/zip.js';

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

/** A part's bytes, or the one-line error for why it cannot be read. */
export async function readPartBytes(zip: ZipArchive, path: string, file: string): Promise<Buffer> {
  try {
    return await zip.read(path);
  } catch (err) {
    if (err instanceof ZipFormatError && err.encrypted) throw inputError(file, 'the document is password-protected (encrypted)');
    throw inputError(file, `the Word document is damaged: ${(err as Error).message.split('\n')[0]}`, err);
  }
}

export async function readPart(zip: ZipArchive, path: string, file: string): Promise<string> {
  return (await readPartBytes(zip, path, file)).toString('utf8');
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
async function readRelationships(zip: ZipArchive, relsPath: string, base: string, file: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (!zip.has(relsPath)) return found;
  for (const { attrs } of elements(await readPart(zip, relsPath, file), 'Relationship')) {
    const type = attr(attrs, 'Type') ?? '';
    const target = attr(attrs, 'Target');
    if (target && attr(attrs, 'TargetMode') !== 'External') found.set(type.slice(type.lastIndexOf('/') + 1), resolveTarget(base, target));
  }
  return found;
}

async function open(bytes: Uint8Array, file: string): Promise<ZipArchive> {
  let zip: ZipArchive;
  try {
    zip = await openZip(bytes);
  } catch (err) {
    if (err instanceof ZipFormatError) throw inputError(file, 'the Word document is damaged (its zip structure is broken: the file may be truncated or not a .docx)');
    throw err;
  }
  const refused = checkExpansion(zip.entries, bytes.byteLength);
  if (refused) throw inputError(file, `refused to unpack the zip archive: ${refused}`);
  return zip;
}

export async function openWordPackage(bytes: Uint8Array, file: string): Promise<WordPackage> {
  const zip = await open(bytes, file);
  const root = await readRelationships(zip, '_rels/.rels', '', file);
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
  const rels = await readRelationships(zip, relsPath, dir, file);
  const existing = (p: string | undefined) => (p && zip.has(p) ? p : undefined);
  return { zip, mainPath, stylesPath: existing(rels.get('styles')), numberingPath: existing(rels.get('numbering')) };
}
