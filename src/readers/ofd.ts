/**
 * OFD (GB/T 33190, the national fixed-layout format of official documents):
 * a zip whose OFD.xml names the document (DocBody/DocRoot), whose
 * Document.xml lists the pages, and whose pages' Content.xml place text
 * (TextObject with a Boundary, TextCode at X/Y with DeltaX advances) in
 * millimetres, y growing downwards. The text is rebuilt into lines and
 * paragraphs by the same layout as PDF (layout.ts), and the straight lines of
 * the pages' PathObjects are its rules, so ruled tables are read as in PDF;
 * fonts' code points are taken as given; signatures, seals, annotations and
 * pictures are ignored.
 */
import type { ReadResult } from '../model/block.js';
import { inputError } from '../errors.js';
import { attr, decodeXmlEntities } from './docx/xml.js';
import { checkExpansion, openZip, type ZipArchive } from '../fs/zip.js';
import { layoutToBlocks, type LayoutPage, type Rule, type TextItem } from './layout.js';

export const MAX_OFD_PAGES = 2000;
export const MAX_OFD_TEXT_OBJECTS = 2_000_000;
/** Rules kept per page, as for PDF (a real table has a few hundred). */
export const MAX_OFD_RULES_PER_PAGE = 20_000;
/** A closed path thinner than this (mm, about PDF's 3 pt) is drawn as a line. */
const THIN = 1;

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

type Point = [number, number];
interface SubPath {
  points: Point[];
  closed: boolean;
}

/** AbbreviatedData → straight sub-paths: S/M start one, L extends it, C closes it; a curve (Q, B, A) ends it where the curve ends. */
export function subPaths(data: string): SubPath[] {
  const tokens = data.trim().split(/\s+/).filter(Boolean);
  const out: SubPath[] = [];
  let current: SubPath = { points: [], closed: false };
  let start: Point | undefined;
  const end = (from?: Point) => {
    if (current.points.length > 1) out.push(current);
    current = { points: from ? [from] : [], closed: false };
  };
  const point = (i: number): Point | undefined => {
    const x = Number(tokens[i]);
    const y = Number(tokens[i + 1]);
    return Number.isFinite(x) && Number.isFinite(y) ? [x, y] : undefined;
  };
  const ARGS: Record<string, number> = { S: 2, M: 2, L: 2, Q: 4, B: 6, A: 7, C: 0 };
  for (let i = 0; i < tokens.length; ) {
    const op = tokens[i]!;
    const n = ARGS[op];
    if (n === undefined) {
      i++; // a stray number or an unknown command: skip it
      continue;
    }
    const p = n ? point(i + n - 1) : undefined;
    if (op === 'S' || op === 'M') {
      end(p);
      start = p;
    } else if (op === 'L' && p) current.points.push(p);
    else if (op === 'C') {
      if (start && current.points.length) current.points.push(start);
      current.closed = true;
      end(start);
    } else end(p);
    i += n + 1;
  }
  end();
  return out;
}

/** A PathObject's box, transform and paint; null when it is not drawn. */
function pathOf(attrs: string, inner: string) {
  if (attr(attrs, 'Visible') === 'false') return null;
  const stroke = attr(attrs, 'Stroke') !== 'false';
  const fill = attr(attrs, 'Fill') === 'true';
  const data = first(inner, 'AbbreviatedData');
  if ((!stroke && !fill) || !data) return null;
  const [bx = 0, by = 0] = numbers(attr(attrs, 'Boundary'));
  const ctm = numbers(attr(attrs, 'CTM'));
  const [a, b, c, d, e, f] = ctm.length === 6 ? ctm : [1, 0, 0, 1, 0, 0];
  // the CTM maps the path into its Boundary, whose origin is on the page (mm, y down like the text)
  const toPage = ([x, y]: Point): Point => [a! * x + c! * y + e! + bx, b! * x + d! * y + f! + by];
  return { stroke, paths: subPaths(decodeXmlEntities(data)).map((s) => ({ ...s, points: s.points.map(toPage) })) };
}

/** The box of some points, without spreading them into Math.min (a long path would overflow the stack). */
function box(points: Point[]): { left: number; right: number; top: number; bottom: number } {
  let [left, right, top, bottom] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const [x, y] of points) [left, right, top, bottom] = [Math.min(left, x), Math.max(right, x), Math.min(top, y), Math.max(bottom, y)];
  return { left, right, top, bottom };
}

/** One sub-path's rules (at most `room`): a thin closed shape is one line through its middle; else its straight sides if stroked. */
function subPathRules(sub: SubPath, stroke: boolean, room: number): Rule[] {
  const { left, right, top, bottom } = box(sub.points);
  const [w, h] = [right - left, bottom - top];
  if (sub.closed && sub.points.length >= 4 && Math.min(w, h) < THIN) {
    const y = top + h / 2;
    const x = left + w / 2;
    return [w >= h ? { x1: left, y1: y, x2: right, y2: y } : { x1: x, y1: top, x2: x, y2: bottom }];
  }
  if (!stroke) return [];
  const rules: Rule[] = [];
  for (let k = 1; k < sub.points.length && rules.length < room; k++) {
    const [x1, y1] = sub.points[k - 1]!;
    const [x2, y2] = sub.points[k]!;
    // only horizontal and vertical sides can be table borders
    if (Math.min(Math.abs(x2 - x1), Math.abs(y2 - y1)) <= 1 && (x1 !== x2 || y1 !== y2)) rules.push({ x1, y1, x2, y2 });
  }
  return rules;
}

/** The ruling lines of a page's PathObjects (in layers and page blocks), in the text's coordinates. */
export function pageRules(content: string): Rule[] {
  const rules: Rule[] = [];
  for (const obj of elementsNs(content, 'PathObject')) {
    const path = pathOf(obj.attrs, obj.inner);
    for (const sub of path?.paths ?? []) {
      for (const rule of subPathRules(sub, path!.stroke, MAX_OFD_RULES_PER_PAGE - rules.length)) rules.push(rule);
      if (rules.length >= MAX_OFD_RULES_PER_PAGE) return rules;
    }
  }
  return rules;
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
    pages.push({ width, height, items, rules: pageRules(content) });
  }
  if (!pages.some((p) => p.items.some((i) => i.str.trim()))) throw inputError(file, 'the OFD has no text (scanned pages are not read)');
  const { blocks } = layoutToBlocks(pages);
  const signals = ['ofd-text'];
  if (blocks.some((b) => b.hint?.marker === 'typed')) signals.push('typed-numbering');
  return { format: 'ofd', encoding: 'utf-8', blocks, signals, messages: [] };
}
