/**
 * OFD (GB/T 33190, the national fixed-layout format of official documents):
 * a zip whose OFD.xml names the document (DocBody/DocRoot), whose
 * Document.xml lists the pages, and whose pages' Content.xml place text
 * (TextObject with a Boundary, TextCode at X/Y with DeltaX advances) in
 * millimetres, y growing downwards. The text is rebuilt into lines and
 * paragraphs by the same layout as PDF (layout.ts); fonts' code points are
 * taken as given; signatures, seals, annotations and pictures are ignored.
 */
import type { ReadResult } from '../model/block.js';
import { inputError } from '../errors.js';
import { attr, decodeXmlEntities } from './docx/xml.js';
import { checkExpansion, openZip, type ZipArchive } from '../fs/zip.js';
import { layoutToBlocks, type LayoutPage, type TextItem } from './layout.js';

export const MAX_OFD_PAGES = 2000;
export const MAX_OFD_TEXT_OBJECTS = 2_000_000;

const first = (xml: string, tag: string) => new RegExp(`<(?:\\w+:)?${tag}\\b[^>]*>([\\s\\S]*?)</(?:\\w+:)?${tag}>`).exec(xml)?.[1]?.trim();

function* elementsNs(xml: string, tag: string): Generator<{ attrs: string; inner: string }> {
  const re = new RegExp(`<(?:\\w+:)?${tag}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${tag}>)`, 'g');
  for (const m of xml.matchAll(re)) yield { attrs: ` ${m[1]!.trim()}`, inner: m[2] ?? '' };
}

const numbers = (s: string | undefined) => (s ?? '').trim().split(/\s+/).filter(Boolean).map(Number);

/** DeltaX/DeltaY: numbers, with `g N d` repeating d N times. */
export function deltas(s: string | undefined): number[] {
  const parts = (s ?? '').trim().split(/\s+/).filter(Boolean);
  const out: number[] = [];
  for (let i = 0; i < parts.length && out.length < 100000; i++) {
    if (parts[i] === 'g') {
      const n = Number(parts[i + 1]);
      const d = Number(parts[i + 2]);
      for (let k = 0; k < n && out.length < 100000; k++) out.push(d);
      i += 2;
    } else out.push(Number(parts[i]));
  }
  return out.filter(Number.isFinite);
}

function resolve(base: string, target: string): string {
  const t = target.replace(/\\/g, '/');
  if (t.startsWith('/')) return t.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of t.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg) parts.push(seg);
  }
  return parts.join('/');
}

async function part(zip: ZipArchive, path: string, file: string): Promise<string> {
  if (!zip.has(path)) throw inputError(file, `a broken OFD package (${path} is missing)`);
  try {
    return (await zip.read(path)).toString('utf8');
  } catch (err) {
    throw inputError(file, `a broken OFD package (${(err as Error).message})`);
  }
}

export async function readOfd(bytes: Uint8Array, file: string): Promise<ReadResult> {
  let zip: ZipArchive;
  try {
    zip = await openZip(bytes);
  } catch (err) {
    throw inputError(file, `corrupt zip archive (${(err as Error).message})`);
  }
  const refused = checkExpansion(zip.entries, bytes.byteLength);
  if (refused) throw inputError(file, `refused to unpack the OFD package: ${refused}`);
  const ofd = await part(zip, 'OFD.xml', file);
  const root = first(ofd, 'DocRoot');
  if (!root) throw inputError(file, 'a broken OFD package (OFD.xml names no DocRoot)');
  const docPath = resolve('', root);
  const document = await part(zip, docPath, file);
  const box = numbers(first(document, 'PhysicalBox'));
  const pageRefs = [...elementsNs(first(document, 'Pages') ?? '', 'Page')].map((p) => attr(p.attrs, 'BaseLoc')).filter((p): p is string => !!p);
  if (pageRefs.length === 0) throw inputError(file, 'a broken OFD package (the document has no pages)');
  if (pageRefs.length > MAX_OFD_PAGES) throw inputError(file, `refused to read the OFD: ${pageRefs.length} pages (limit ${MAX_OFD_PAGES})`);
  const pages: LayoutPage[] = [];
  let objects = 0;
  for (const ref of pageRefs) {
    const path = resolve(docPath, ref);
    const content = await part(zip, path, file);
    const pageBox = numbers(first(content, 'PhysicalBox'));
    const [, , width = 210, height = 297] = pageBox.length === 4 ? pageBox : box.length === 4 ? box : [];
    const items: TextItem[] = [];
    for (const obj of elementsNs(content, 'TextObject')) {
      if (++objects > MAX_OFD_TEXT_OBJECTS) throw inputError(file, `refused to read the OFD: more than ${MAX_OFD_TEXT_OBJECTS} text objects`);
      const [bx = 0, by = 0] = numbers(attr(obj.attrs, 'Boundary'));
      const size = Number(attr(obj.attrs, 'Size')) || 3.5;
      const ctm = numbers(attr(obj.attrs, 'CTM'));
      const scale = ctm.length === 6 ? Math.hypot(ctm[1]!, ctm[3]!) || 1 : 1;
      for (const code of elementsNs(obj.inner, 'TextCode')) {
        const str = decodeXmlEntities(code.inner.replace(/<[^>]*>/g, ''));
        if (!str) continue;
        const x = bx + (Number(attr(code.attrs, 'X')) || 0) * (ctm.length === 6 ? ctm[0]! : 1) + (ctm[4] ?? 0);
        const y = by + (Number(attr(code.attrs, 'Y')) || 0) * (ctm.length === 6 ? ctm[3]! : 1) + (ctm[5] ?? 0);
        const dx = deltas(attr(code.attrs, 'DeltaX'));
        const chars = [...str];
        const advance = dx.slice(0, chars.length - 1).reduce((a, b) => a + b, 0) + size * scale;
        items.push({ str, x, y, w: dx.length ? advance : chars.length * size * scale, size: size * scale });
      }
    }
    pages.push({ width, height, items, rules: [] });
  }
  if (!pages.some((p) => p.items.some((i) => i.str.trim()))) throw inputError(file, 'the OFD has no text (scanned pages are not read)');
  const { blocks } = layoutToBlocks(pages);
  const signals = ['ofd-text'];
  if (blocks.some((b) => b.hint?.marker === 'typed')) signals.push('typed-numbering');
  return { format: 'ofd', encoding: 'utf-8', blocks, signals, messages: [] };
}
