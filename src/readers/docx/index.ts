/**
 * .docx → blocks. mammoth converts the body; before it does, document.ts
 * writes into a copy of document.xml what mammoth loses (Word's automatic
 * numbers) plus a sentinel per paragraph, so that every block can carry its
 * paragraph's hints (list level, number format, heading style, title).
 */
import mammoth from 'mammoth';
import { message, type Message } from '../../model/message.js';
import type { Block, BlockHint, ReadResult } from '../../model/block.js';
import { inputError, plainCause } from '../../errors.js';
import { normalizeLine } from '../../text/normalize.js';
import { runTogetherBlocks } from '../../text/run-together.js';
import { openWordPackage, readPart, readPartBytes, type WordPackage } from './package.js';
import { parseStyles } from './styles.js';
import { parseNumbering, type NumberingDefs } from './numbering.js';
import { scanDocument, type DocumentScan, type ParagraphInfo } from './document.js';
import { expandGrid, readMammothHtml, type HtmlCell, type HtmlParagraph } from './mammoth-html.js';
import { hasTypedMarker } from './markers.js';

export { MAX_UNCOMPRESSED_BYTES, MAX_COMPRESSION_RATIO, RATIO_CHECK_FLOOR_BYTES } from '../../fs/zip.js';

/** Images are not read: an empty src keeps mammoth from base64-encoding every picture. */
const skipImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/**
 * mammoth reads parts through this zip interface (its `file` input, see
 * mammoth/lib/unzip.js); serving parts from our own capped, cached reader
 * spares a second unzip and a re-zip, and hands mammoth the rewritten document.xml.
 */
function mammothFile(pkg: WordPackage, documentXml: string, file: string) {
  return {
    exists: (name: string) => pkg.zip.has(name),
    read: async (name: string, encoding?: string) => {
      if (name === pkg.mainPath) return encoding ? documentXml : Buffer.from(documentXml);
      if (!encoding) return readPartBytes(pkg.zip, name, file);
      if (encoding === 'base64') return (await readPartBytes(pkg.zip, name, file)).toString('base64');
      return readPart(pkg.zip, name, file);
    },
  };
}

async function convert(pkg: WordPackage, documentXml: string, file: string): Promise<{ html: string; messages: Message[] }> {
  const input = { file: mammothFile(pkg, documentXml, file) } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
  try {
    const result = await mammoth.convertToHtml(input, { convertImage: skipImages });
    return { html: result.value, messages: mammothMessages(result.messages) };
  } catch (err) {
    if (err instanceof Error && err.name === 'PlanParseError') throw err;
    throw inputError(file, plainCause(err, 'docx'), err);
  }
}

function hintFor(info: ParagraphInfo | undefined, text: string, firstLine: boolean): BlockHint | undefined {
  const hint: BlockHint = {};
  if (info?.headingLevel) hint.headingLevel = info.headingLevel;
  if (info?.title) hint.title = true;
  if (info?.styleName && info.styleId !== undefined && !/^normal$/i.test(info.styleName)) hint.style = info.styleName;
  const n = info?.numbering;
  if (firstLine && n) {
    hint.listLevel = n.level;
    hint.numFormat = n.numFmt;
    if (n.marker) hint.marker = 'automatic';
  }
  if (!hint.marker && hasTypedMarker(text)) hint.marker = 'typed';
  return Object.keys(hint).length ? hint : undefined;
}

class BlockBuilder {
  readonly blocks: Block[] = [];
  private line = 1;
  private tables = 0;

  constructor(private readonly paragraphs: Map<number, ParagraphInfo>) {}

  private push(block: Block): void {
    this.blocks.push(block);
    this.line += 1 + (block.text.match(/\n/g)?.length ?? 0);
  }

  /** A soft line break starts a new block, exactly like a new line in the text original. */
  paragraph(p: HtmlParagraph): void {
    const info = p.index === null ? undefined : this.paragraphs.get(p.index);
    let first = true;
    for (const raw of p.lines) {
      const text = normalizeLine(raw);
      if (!text) continue;
      const location = p.index === null ? { line: this.line } : { line: this.line, paragraph: p.index };
      const hint = hintFor(info, text, first);
      first = false;
      // a document pasted from a page that held its whole body in one plain paragraph, the paragraphs joined by spaces
      const pieces = hint && isStructural(hint) ? [{ text, location }] : runTogetherBlocks(text, location);
      for (const piece of pieces) this.push(hint ? { ...piece, hint } : piece);
    }
  }

  table(rows: HtmlCell[][]): void {
    const table = ++this.tables;
    const cellText = (c: HtmlCell) => c.paragraphs.flatMap((p) => p.lines).map(normalizeLine).filter(Boolean).join('\n');
    const firstParagraph = (c: HtmlCell) => c.paragraphs.find((p) => p.index !== null)?.index ?? undefined;
    const grid = expandGrid(rows.map((row) => row.map((c) => ({ value: c, colspan: c.colspan, rowspan: c.rowspan }))), null);
    grid.forEach((row, r) => {
      const cells = row.map((c) => (c ? cellText(c) : ''));
      if (!cells.some(Boolean)) return;
      const paragraph = row.map((c) => (c ? firstParagraph(c) : undefined)).find((i) => i !== undefined);
      const location = { line: this.line, table, row: r + 1, ...(paragraph ? { paragraph } : {}) };
      this.push({ text: cells.filter(Boolean).join(' '), location, cells, table });
    });
  }
}

function signalsOf(blocks: Block[], scan: DocumentScan): string[] {
  const signals = new Set<string>();
  for (const b of blocks) {
    if (b.hint?.marker === 'automatic') signals.add('automatic-numbering');
    if (b.hint?.marker === 'typed') signals.add('typed-numbering');
    if (b.hint?.headingLevel) signals.add('heading-styles');
    if (b.cells) signals.add('tables');
    if (b.hint?.title) {
      const info = b.location.paragraph === undefined ? undefined : scan.paragraphs.get(b.location.paragraph);
      signals.add(info?.inTextBox ? 'text-box-title' : 'title-style');
    }
  }
  return [...signals];
}

/**
 * mammoth's own messages, kept: its warnings (an unrecognised style, an
 * unsupported element) matter to no plan reader, so they are notes; its
 * errors are warnings. Repeats are said once.
 */
function mammothMessages(raw: { type: string; message: string }[]): Message[] {
  const seen = new Set<string>();
  const out: Message[] = [];
  for (const m of raw) {
    if (seen.has(m.message)) continue;
    seen.add(m.message);
    out.push(message('reader', 'mammoth', `mammoth: ${m.message}`, { severity: m.type === 'error' ? 'warning' : 'info' }));
  }
  return out;
}

function messagesOf(scan: DocumentScan, numbering: NumberingDefs): Message[] {
  const tracked = (n: number, word: string) => `${n} tracked ${word}${n === 1 ? '' : 's'}`;
  const out: Message[] = [];
  const clamped = numbering.clamped.warning();
  if (clamped) out.push(message('reader', 'numbering-clamped', clamped));
  if (scan.insertions) out.push(message('reader', 'tracked-insertions', `accepted ${tracked(scan.insertions, 'insertion')}`, { data: { count: scan.insertions } }));
  if (scan.deletions) out.push(message('reader', 'tracked-deletions', `deleted text dropped (${tracked(scan.deletions, 'deletion')} accepted)`, { data: { count: scan.deletions } }));
  return out;
}

export async function readDocx(bytes: Uint8Array, file: string): Promise<ReadResult> {
  const pkg = await openWordPackage(bytes, file);
  // the scanners are synchronous: inflate their parts together, before they run
  const optional = (path: string | undefined) => (path ? readPart(pkg.zip, path, file) : undefined);
  const [documentXml, stylesXml, numberingXml] = await Promise.all([
    readPart(pkg.zip, pkg.mainPath, file),
    optional(pkg.stylesPath),
    optional(pkg.numberingPath),
  ]);
  const sheet = parseStyles(stylesXml);
  const numbering = parseNumbering(numberingXml);
  const scan = scanDocument(documentXml, sheet, numbering);
  const { html, messages } = await convert(pkg, scan.xml, file);
  const builder = new BlockBuilder(scan.paragraphs);
  for (const item of readMammothHtml(html)) {
    if (item.kind === 'paragraph') builder.paragraph(item.paragraph);
    else builder.table(item.rows);
  }
  const blocks = builder.blocks;
  if (blocks.length === 0) throw inputError(file, 'the Word document has no text');
  return { format: 'docx', encoding: 'utf-8', blocks, signals: signalsOf(blocks, scan), messages: [...messagesOf(scan, numbering), ...messages] };
}

/** A hint that says what the paragraph is (a heading, a title, a numbered item), not only its style. */
const isStructural = (hint: BlockHint): boolean => hint.headingLevel !== undefined || !!hint.title || hint.marker !== undefined;
