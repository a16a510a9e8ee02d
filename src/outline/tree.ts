/**
 * Outline: numbered blocks → a tree of items. Levels come from the order in
 * which numbering styles appear in each document, not from a fixed table: a
 * style already open on the stack closes everything below it; a new style
 * opens one level deeper, unless the document already put it above an open
 * one. A new style that starts at 二 continues an open item numbered 一 (the
 * typo `1、指导思想` before `二、工作目标`).
 */
import type { Block } from '../model/block.js';
import { alternation, memoByLexicon, type Lexicon } from '../lexicon/index.js';
import { lexMarker, type Marker, type MarkerStyle } from './marker.js';
import { firstSentence, firstSentenceEnd, trimPunctuation } from '../text/sentence.js';
import { leadingSectionWord } from './classify.js';

export interface OutlineNode {
  marker: Marker | null;
  /** Which numbering style (or heading level) opened the node; `root` for the document. */
  styleKey: string;
  heading: string;
  /** The block that opened the node (for locations); null for the root. */
  head: Block | null;
  /** Text after the heading on the head line (`一、指导思想以培育…` → `以培育…`). */
  lead: string;
  /** The unnumbered blocks that follow the head line, up to the next item. */
  body: Block[];
  children: OutlineNode[];
}

const isHeadingLevel = (styleKey: string) => /^h\d$/.test(styleKey);
const headingLevel = (styleKey: string) => Number(styleKey.slice(1));

export function buildOutline(blocks: Block[], lex: Lexicon): OutlineNode {
  const root = newNode(null, 'root', '', null, '');
  const builder = new OutlineBuilder(root, lex);
  for (let i = 0; i < blocks.length; i++) {
    i += builder.add(blocks, i);
  }
  return root;
}

class OutlineBuilder {
  private stack: OutlineNode[];
  /** `a>b`: the document put style b under style a. */
  private above = new Set<string>();

  constructor(root: OutlineNode, private lex: Lexicon) {
    this.stack = [root];
  }

  /** Add blocks[i]; returns how many following blocks it consumed too. */
  add(blocks: Block[], i: number): number {
    const block = blocks[i]!;
    const marker = block.cells ? null : lexMarker(block.text);
    if (!marker) {
      const styleKey = this.unnumberedHeadingStyle(block);
      if (styleKey) {
        this.open(styleKey, newNode(null, styleKey, trimPunctuation(block.text), block, ''));
        return 0;
      }
      this.addBody(block);
      return 0;
    }
    // a number alone on its line, its heading on the next (`一` / `重点工作`)
    const next = blocks[i + 1];
    if (!marker.rest && next && !next.cells && !lexMarker(next.text) && next.text.length <= 30) {
      this.open(marker.style, newNode(marker, marker.style, trimPunctuation(next.text), block, ''));
      return 1;
    }
    const { heading, lead } = splitHeading(marker.rest, this.lex);
    this.open(marker.style, newNode(marker, marker.style, heading, block, lead));
    return 0;
  }

  /**
   * A heading style from Word/HTML gives a level; a bare section word
   * (`保障措施`, what a .doc keeps when it loses its numbers) joins the
   * document's top level.
   */
  private unnumberedHeadingStyle(block: Block): string | null {
    const level = unnumberedHeadingLevel(block, this.lex);
    if (level === null) return null;
    if (level === 'section-word') return this.stack[0]!.children[0]?.styleKey ?? 'h1';
    return `h${level}`;
  }

  private open(styleKey: string, node: OutlineNode): void {
    const at = this.stack.findIndex((n, i) => i > 0 && n.styleKey === styleKey);
    const continued = at > 0 ? -1 : this.continuedAt(node);
    if (at > 0) {
      this.stack.length = at;
    } else if (continued > 0) {
      this.stack.length = continued;
    } else {
      while (this.stack.length > 1 && this.belongsAbove(styleKey, this.stack.at(-1)!.styleKey)) this.stack.pop();
      this.above.add(`${this.stack.at(-1)!.styleKey}>${styleKey}`);
    }
    this.stack.at(-1)!.children.push(node);
    this.stack.push(node);
  }

  /**
   * A new style that starts at 二 cannot open a sub-list: it continues an open
   * item numbered 一 in another style (`1、指导思想` then `二、工作目标`), so it
   * takes that item's place. Returns the stack index to cut at, or -1.
   */
  private continuedAt(node: OutlineNode): number {
    const value = node.marker?.value ?? 1;
    if (value <= 1) return -1;
    for (let i = this.stack.length - 1; i > 0; i--) {
      if (this.stack[i]!.marker?.value === value - 1) return i;
    }
    return -1;
  }

  /** Should a new style close an open one (i.e. sit above it)? Only what the document showed, or Word's heading levels, say so. */
  private belongsAbove(newStyle: string, openStyle: string): boolean {
    if (this.above.has(`${newStyle}>${openStyle}`)) return true;
    if (this.above.has(`${openStyle}>${newStyle}`)) return false;
    return isHeadingLevel(newStyle) && isHeadingLevel(openStyle) && headingLevel(openStyle) > headingLevel(newStyle);
  }

  private addBody(block: Block): void {
    const glued = block.cells ? null : this.unseparatedNextItem(block.text) ?? this.gluedNextItem(block.text);
    if (!glued) {
      this.stack.at(-1)!.body.push(block);
      return;
    }
    // `…10余次，3、司法、安全、信访、综治`: the next item's head was glued to this line
    const before = block.text.slice(0, glued.index).trim();
    if (before) this.stack.at(-1)!.body.push({ ...block, text: before });
    const head: Block = { ...block, text: block.text.slice(glued.index) };
    const { heading, lead } = splitHeading(glued.marker.rest, this.lex);
    this.open(glued.marker.style, newNode(glued.marker, glued.marker.style, heading, head, lead));
  }

  /** The value an open list of this style expects next, if one is open. */
  private nextValue(style: MarkerStyle): number | null {
    const open = [...this.stack].reverse().find((n) => n.styleKey === style);
    return open?.marker ? open.marker.value + 1 : null;
  }

  /**
   * `3环境卫生及绿化工作…` after `2、…`: a number whose separator was lost is
   * still the next item when it continues an open 1、2、 list exactly.
   */
  private unseparatedNextItem(text: string): { index: number; marker: Marker } | null {
    const m = unseparatedNumber(this.lex).exec(text);
    if (!m || Number(m[1]) !== this.nextValue('ar-dun')) return null;
    const value = Number(m[1]);
    return { index: 0, marker: { style: 'ar-dun', value, raw: m[1]!, label: m[1]!, rest: text.slice(m[1]!.length).trim() } };
  }

  /**
   * A marker inside a line that continues an open list exactly (the next
   * value of a style on the stack), after a sentence or clause end.
   */
  private gluedNextItem(text: string): { index: number; marker: Marker } | null {
    const re = /[。，；！？]\s*(?=\S)/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const index = m.index + m[0].length;
      const marker = lexMarker(text.slice(index));
      if (!marker || !marker.rest || marker.value !== this.nextValue(marker.style)) continue;
      // the glued head is a heading, not the start of a long paragraph
      if (firstSentenceEnd(marker.rest) >= marker.rest.length - 1) return { index, marker };
    }
    return null;
  }
}

/** A number run straight into Chinese text (`3环境卫生…`), but not a quantity (`3月`, `5个`). */
const unseparatedNumber = memoByLexicon((lex) => new RegExp(`^(\\d{1,2})(?=[\\u4e00-\\u9fff])(?!${alternation(lex.quantityUnits)})`));

/** The text of an item's head line after its marker (the whole line for an unnumbered heading). */
export function headText(node: OutlineNode): string {
  return node.marker ? node.marker.rest : node.head?.text ?? '';
}

function newNode(marker: Marker | null, styleKey: string, heading: string, head: Block | null, lead: string): OutlineNode {
  return { marker, styleKey, heading, head, lead, body: [], children: [] };
}

/**
 * Heading and lead of an item's text. Short text is all heading; a section
 * word run into its body (`指导思想以培育…`) is cut after the word; otherwise the
 * heading is the first sentence (`制作宣传公益广告。强力推进…`).
 */
export function splitHeading(rest: string, lex: Lexicon): { heading: string; lead: string } {
  const text = rest.trim();
  if (text.length <= 20 && !/[。！？；]./.test(text)) return { heading: trimPunctuation(text), lead: '' };
  const word = leadingSectionWord(text, lex);
  if (word && !/^[。，：:；、]/.test(text.slice(word.length))) {
    return { heading: word, lead: text.slice(word.length).trim() };
  }
  const end = firstSentenceEnd(text, true);
  return { heading: firstSentence(text, true), lead: text.slice(end).trim() };
}

/**
 * An unnumbered block that is a heading: a heading style from Word/HTML, or a
 * short line that is just a section word (`指导思想`, `保障措施：`) — what is
 * left when a .doc loses its automatic numbers.
 */
function unnumberedHeadingLevel(block: Block, lex: Lexicon): number | 'section-word' | null {
  if (block.cells || block.hint?.title) return null;
  if (block.hint?.headingLevel) return block.hint.headingLevel;
  const text = trimPunctuation(block.text);
  if (text.length > 12 || /[，。；]/.test(text)) return null;
  const word = leadingSectionWord(text, lex);
  return word && text.length - word.length <= 2 ? 'section-word' : null;
}
