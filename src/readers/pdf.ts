/**
 * PDF with a text layer → blocks, through pdfjs-dist (loaded only when a PDF
 * shows up). Per page: the text items with their positions, and the ruling
 * lines of the page's paths (table borders); layout.ts makes lines, paragraphs
 * and tables of them. A PDF without text (a scan) and one that needs a password
 * are refused with one line. Pages, objects and time are capped like Word
 * packages, and pages are read one at a time, so memory stays bounded.
 */
import { message } from '../model/message.js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ReadResult } from '../model/block.js';
import { inputError, PlanParseError } from '../errors.js';
import { layoutToBlocks, type LayoutPage, type Rule, type TextItem } from './layout.js';

/** Refuse PDFs with more pages than this. */
export const MAX_PDF_PAGES = 2000;
/** Refuse PDFs declaring more indirect objects than this. */
export const MAX_PDF_OBJECTS = 1_000_000;
/** Stop reading a PDF after this long. */
export const MAX_PDF_MILLISECONDS = 120_000;
/** Text items kept per page (a real page has a few thousand). */
export const MAX_ITEMS_PER_PAGE = 50_000;

export const SCANNED = 'scanned PDF: no text layer (OCR is not supported)';

type Matrix = [number, number, number, number, number, number];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

// pdfjs OPS and DrawOPS codes (stable within the pinned major version)
const OP = { save: 10, restore: 11, transform: 12, constructPath: 91 };
const PAINTS = new Set([20, 21, 22, 23, 24, 25, 26, 27]);
const FILLS = new Set([22, 23]);

/** Ruling lines of a page: straight stroked segments, and filled rectangles thin enough to be a line. */
function rulesOf(fnArray: number[], argsArray: unknown[], height: number): Rule[] {
  const rules: Rule[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  for (let i = 0; i < fnArray.length && rules.length < 20000; i++) {
    const fn = fnArray[i];
    if (fn === OP.save) stack.push(ctm);
    else if (fn === OP.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === OP.transform) ctm = multiply(ctm, argsArray[i] as Matrix);
    else if (fn === OP.constructPath) {
      const [paint, data] = argsArray[i] as [number, (ArrayLike<number> | null)[]];
      if (!PAINTS.has(paint) || !data?.[0]) continue;
      const path = data[0];
      const points: [number, number][][] = [];
      let current: [number, number][] = [];
      for (let k = 0; k < path.length; ) {
        const op = path[k]!;
        if (op === 0) {
          if (current.length) points.push(current);
          current = [apply(ctm, path[k + 1]!, path[k + 2]!)];
          k += 3;
        } else if (op === 1) {
          current.push(apply(ctm, path[k + 1]!, path[k + 2]!));
          k += 3;
        } else if (op === 2) {
          current = [];
          k += 7;
        } else if (op === 3) {
          current = [];
          k += 5;
        } else {
          if (current.length) current.push(current[0]!);
          k += 1;
        }
      }
      if (current.length) points.push(current);
      for (const sub of points) {
        const xs = sub.map((p) => p[0]);
        const ys = sub.map((p) => p[1]);
        const w = Math.max(...xs) - Math.min(...xs);
        const h = Math.max(...ys) - Math.min(...ys);
        if (FILLS.has(paint) && sub.length >= 4 && (w < 3 || h < 3)) {
          // a thin filled rectangle is drawn as a line
          if (w >= h) rules.push({ x1: Math.min(...xs), x2: Math.max(...xs), y1: height - (Math.min(...ys) + h / 2), y2: height - (Math.min(...ys) + h / 2) });
          else rules.push({ x1: Math.min(...xs) + w / 2, x2: Math.min(...xs) + w / 2, y1: height - Math.min(...ys), y2: height - Math.max(...ys) });
          continue;
        }
        if (FILLS.has(paint)) continue;
        for (let k = 1; k < sub.length; k++) {
          const [x1, y1] = sub[k - 1]!;
          const [x2, y2] = sub[k]!;
          rules.push({ x1, y1: height - y1, x2, y2: height - y2 });
        }
      }
    }
  }
  return rules;
}

interface PdfjsItem {
  str?: string;
  transform?: number[];
  width?: number;
}

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjs: Promise<Pdfjs> | undefined;

function loadPdfjs(): Promise<Pdfjs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** The character maps pdfjs needs for Chinese fonts that are not embedded (Adobe-GB1 CMaps). */
function assetDir(name: string): string {
  const pkg = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
  return `${join(dirname(pkg), name)}/`;
}

function countObjects(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let n = 0;
  const re = /\d+\s+\d+\s+obj\b/g;
  while (re.exec(text)) if (++n > MAX_PDF_OBJECTS) break;
  // objects inside object streams: /N counts of /Type/ObjStm
  for (const m of text.matchAll(/\/Type\s*\/ObjStm[^>]*?\/N\s+(\d+)|\/N\s+(\d+)[^>]*?\/Type\s*\/ObjStm/g)) n += Number(m[1] ?? m[2]);
  return n;
}

export async function readPdf(bytes: Uint8Array, file: string): Promise<ReadResult> {
  const objects = countObjects(bytes);
  if (objects > MAX_PDF_OBJECTS) throw inputError(file, `refused to read the PDF: more than ${MAX_PDF_OBJECTS} objects`);
  const lib = await loadPdfjs();
  const started = Date.now();
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    cMapUrl: assetDir('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assetDir('standard_fonts'),
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (err) {
    const e = err as Error;
    if (e.name === 'PasswordException') throw inputError(file, 'the PDF is password-protected (encrypted)');
    throw inputError(file, `corrupt PDF (${(e.message || e.name).split('\n')[0]})`);
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES) throw inputError(file, `refused to read the PDF: ${doc.numPages} pages (limit ${MAX_PDF_PAGES})`);
    const pages: LayoutPage[] = [];
    let blank = 0;
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      if (Date.now() - started > MAX_PDF_MILLISECONDS) {
        throw inputError(file, `refused to read the PDF: it took more than ${MAX_PDF_MILLISECONDS / 1000} s (at page ${n} of ${doc.numPages})`);
      }
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const height = y1;
      const content = await page.getTextContent();
      const items: TextItem[] = [];
      for (const raw of content.items as PdfjsItem[]) {
        if (!raw.str || !raw.transform || items.length >= MAX_ITEMS_PER_PAGE) continue;
        const [a, b, , d, e, f] = raw.transform as Matrix;
        const size = Math.hypot(b, d) || Math.hypot(a, b);
        if (Math.abs(b) > 0.01 * size) continue; // rotated text (stamps, margins) is not body text
        items.push({ str: raw.str, x: e - x0, y: height - f, w: raw.width ?? 0, size });
        chars += raw.str.trim().length;
      }
      let rules: Rule[] = [];
      if (items.some((i) => i.str.trim())) {
        const ops = await page.getOperatorList();
        rules = rulesOf(ops.fnArray, ops.argsArray, height).map((r) => ({ ...r, x1: r.x1 - x0, x2: r.x2 - x0 }));
      } else blank++;
      pages.push({ width: x1 - x0, height: y1 - y0, items, rules });
      page.cleanup();
    }
    if (chars === 0) throw inputError(file, SCANNED);
    const { blocks } = layoutToBlocks(pages);
    if (blocks.length === 0) throw inputError(file, SCANNED);
    const signals = ['pdf-text-layer'];
    if (blocks.some((b) => b.hint?.marker === 'typed')) signals.push('typed-numbering');
    if (blocks.some((b) => b.cells)) signals.push('tables');
    const messages = blank
      ? [message('reader', 'scanned-pages', `${blank} of ${doc.numPages} pages have no text layer (scanned pages are not read)`, { data: { count: blank, pages: doc.numPages } })]
      : [];
    return { format: 'pdf', encoding: 'pdf', blocks, signals, messages };
  } catch (err) {
    if (err instanceof PlanParseError) throw err;
    throw inputError(file, `corrupt PDF (${((err as Error).message || String(err)).split('\n')[0]})`);
  } finally {
    await doc.destroy();
  }
}
