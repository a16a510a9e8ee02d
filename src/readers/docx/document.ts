/**
 * One pass over word/document.xml. For every paragraph it works out the
 * structure mammoth does not keep (automatic number, list level, heading
 * style, text-box title) and writes, at the start of the paragraph's text, a
 * sentinel carrying its index followed by the rendered number. mammoth then converts
 * the rewritten XML; the sentinels tie every piece of its HTML back to its
 * paragraph, whatever mammoth did to lists and merged table cells.
 */
import { childInt, childVal, escapeXmlText } from './xml.js';
import { NumberingCounter, type NumberingDefs, type RenderedNumber } from './numbering.js';
import { readNumberingRef, styleHeading, styleNumbering, type StyleSheet } from './styles.js';

export interface ParagraphInfo {
  /** 1-based body paragraph number (tables and text boxes included, in document order). */
  index: number;
  styleId?: string;
  styleName?: string;
  headingLevel?: number;
  title?: boolean;
  numbering?: RenderedNumber;
  inTextBox: boolean;
}

export interface DocumentScan {
  xml: string;
  paragraphs: Map<number, ParagraphInfo>;
  insertions: number;
  deletions: number;
}

/** Private-use characters: never in real text, passed through untouched by mammoth. */
export const SENTINEL_OPEN = '\uE000';
export const SENTINEL_CLOSE = '\uE001';
export const SENTINEL_PATTERN = /\uE000(\d+)\uE001/g;

/** Chinese markers end in their own punctuation; Word's tab or space after them is layout, not text. */
const CLOSED_MARKER = /[、）．。：:.)\]】]$/;

export function markerWithSuffix(n: RenderedNumber): string {
  if (!n.marker || n.suffix === 'nothing' || CLOSED_MARKER.test(n.marker)) return n.marker;
  return `${n.marker} `;
}

/** References whose targets (footnotes, endnotes, comments) are not part of the body text. */
const DROPPED = new Set(['w:footnoteReference', 'w:endnoteReference', 'w:commentReference']);

interface OpenParagraph {
  info: ParagraphInfo;
  depth: number;
  insertAt: number;
  pPrStart?: number;
  pPr: string;
  resolved: boolean;
  hasText: boolean;
  /** Sentinel and marker not yet written into the paragraph's first text node. */
  pending?: string;
}

class Scanner {
  readonly paragraphs = new Map<number, ParagraphInfo>();
  insertions = 0;
  deletions = 0;
  private readonly stack: string[] = [];
  private readonly open: OpenParagraph[] = [];
  private readonly edits: { at: number; end: number; text: string }[] = [];
  private choiceDepth = 0;
  private textBoxDepth = 0;
  private count = 0;
  private seenBodyText = false;
  private readonly counter: NumberingCounter;

  constructor(
    private readonly xml: string,
    private readonly sheet: StyleSheet,
    numbering: NumberingDefs,
  ) {
    this.counter = new NumberingCounter(numbering, sheet);
  }

  run(): DocumentScan {
    const tag = /<(\/?)([A-Za-z_][\w.-]*(?::[\w.-]+)?)([^>]*?)(\/?)>/g;
    let m: RegExpExecArray | null;
    while ((m = tag.exec(this.xml))) {
      const [whole, closing, name, , selfClosing] = m as unknown as [string, string, string, string, string];
      const start = m.index;
      const end = start + whole.length;
      if (closing) this.close(name, end);
      else this.openTag(name, start, end, selfClosing === '/');
    }
    return { xml: this.applyEdits(), paragraphs: this.paragraphs, insertions: this.insertions, deletions: this.deletions };
  }

  private openTag(name: string, start: number, end: number, selfClosing: boolean): void {
    const para = this.open[this.open.length - 1];
    if (para && this.stack.length === para.depth + 1) this.onParagraphChild(para, name, start, end, selfClosing);
    if (DROPPED.has(name)) this.edits.push({ at: start, end, text: '' });
    else if (name === 'w:t' && para && this.choiceDepth === 0 && !selfClosing) this.onText(para, end);
    else if (name === 'w:ins' && !selfClosing && this.choiceDepth === 0) this.countChange('w:ins', '<w:t', end);
    else if (name === 'w:del' && !selfClosing && this.choiceDepth === 0) this.countChange('w:del', '<w:delText', end);
    if (selfClosing) return;
    this.stack.push(name);
    if (name === 'mc:Choice') this.choiceDepth++;
    else if (name === 'w:txbxContent') this.textBoxDepth++;
    else if (name === 'w:p' && this.choiceDepth === 0) this.startParagraph(end);
  }

  private close(name: string, end: number): void {
    const at = this.stack.lastIndexOf(name);
    if (at < 0) return;
    while (this.stack.length > at) {
      const popped = this.stack.pop()!;
      if (popped === 'mc:Choice') this.choiceDepth--;
      else if (popped === 'w:txbxContent') this.textBoxDepth--;
      const para = this.open[this.open.length - 1];
      if (para && popped === 'w:pPr' && this.stack.length === para.depth + 1) {
        para.pPr = this.xml.slice(para.pPrStart ?? end, end);
        para.insertAt = end;
        this.resolve(para);
      }
      if (para && popped === 'w:p' && this.stack.length === para.depth) this.endParagraph(para);
    }
  }

  /**
   * The paragraph's sentinel and number go at the start of its first text
   * node: an extra run per paragraph would cost mammoth measurably more.
   */
  private onText(para: OpenParagraph, end: number): void {
    if (this.xml[end] !== '<') para.hasText = true;
    if (para.pending === undefined) return;
    this.edits.push({ at: end, end, text: escapeXmlText(para.pending) });
    para.pending = undefined;
  }

  private countChange(tag: string, textTag: string, from: number): void {
    const close = this.xml.indexOf(`</${tag}>`, from);
    if (this.xml.slice(from, close < 0 ? undefined : close).includes(textTag)) {
      if (tag === 'w:ins') this.insertions++;
      else this.deletions++;
    }
  }

  private startParagraph(end: number): void {
    const info: ParagraphInfo = { index: ++this.count, inTextBox: this.textBoxDepth > 0 };
    // a text box placed before any body text is the document's title block
    if (info.inTextBox && !this.seenBodyText) info.title = true;
    this.open.push({ info, depth: this.stack.length - 1, insertAt: end, pPr: '', resolved: false, hasText: false });
  }

  private onParagraphChild(para: OpenParagraph, name: string, start: number, end: number, selfClosing: boolean): void {
    if (name === 'w:pPr' && !para.resolved) {
      para.pPrStart = start;
      if (selfClosing) {
        para.insertAt = end;
        this.resolve(para);
      }
      return;
    }
    this.resolve(para);
  }

  private endParagraph(para: OpenParagraph): void {
    this.resolve(para);
    this.open.pop();
    // no text node at all: only a numbered paragraph still needs its own run for the marker
    if (para.pending !== undefined && para.info.numbering?.marker) {
      this.edits.push({ at: para.insertAt, end: para.insertAt, text: `<w:r><w:t xml:space="preserve">${escapeXmlText(para.pending)}</w:t></w:r>` });
    }
    if (para.hasText && !para.info.inTextBox) this.seenBodyText = true;
  }

  /** Work out the paragraph's style, heading level and number once its properties are known. */
  private resolve(para: OpenParagraph): void {
    if (para.resolved) return;
    para.resolved = true;
    const { info } = para;
    const styleId = childVal(para.pPr, 'w:pStyle') ?? this.sheet.defaultParagraphStyle;
    info.styleId = styleId;
    info.styleName = styleId === undefined ? undefined : this.sheet.styles.get(styleId)?.name;
    const heading = styleHeading(this.sheet, styleId);
    const outline = childInt(para.pPr, 'w:outlineLvl');
    if (outline !== undefined) {
      if (outline < 9) info.headingLevel = outline + 1;
    } else if (heading.level) info.headingLevel = heading.level;
    if (heading.title) info.title = true;
    info.numbering = this.number(para.pPr, styleId) ?? undefined;
    this.paragraphs.set(info.index, info);
    para.pending = SENTINEL_OPEN + info.index + SENTINEL_CLOSE + (info.numbering ? markerWithSuffix(info.numbering) : '');
  }

  /** Direct numbering overrides the style's, field by field; numId 0 switches inherited numbering off. */
  private number(pPr: string, styleId: string | undefined): RenderedNumber | null {
    const direct = readNumberingRef(pPr);
    const inherited = styleNumbering(this.sheet, styleId);
    const numId = direct?.numId ?? inherited?.numId;
    if (numId === undefined || numId === '0') return null;
    const ilvl = direct?.ilvl ?? (direct?.numId === undefined ? inherited?.ilvl : undefined) ?? this.counter.levelForStyle(numId, styleId);
    return this.counter.next(numId, ilvl);
  }

  private applyEdits(): string {
    this.edits.sort((a, b) => a.at - b.at);
    let out = '';
    let from = 0;
    for (const e of this.edits) {
      out += this.xml.slice(from, e.at) + e.text;
      from = e.end;
    }
    return out + this.xml.slice(from);
  }
}

export function scanDocument(xml: string, sheet: StyleSheet, numbering: NumberingDefs): DocumentScan {
  return new Scanner(xml, sheet, numbering).run();
}
