/**
 * Outline: numbered blocks → a tree of items. Levels come from the order in
 * which numbering styles appear in each document: a style already open on the
 * stack closes everything below it; a new style opens one level deeper, unless
 * the document (or, for styles it has not related yet, the usual convention
 * 一、 > （一） > 1、 > （1） > ①) says it belongs higher — which is how a
 * typo like `1、指导思想` before `二、工作目标` or an item that skips a level
 * still lands in the right place.
 */
import type { Block } from '../model/block.js';
import type { Lexicon } from '../lexicon/index.js';
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

/** Conventional depth of a style, used only for styles the document has not related yet. */
const CONVENTIONAL_RANK: Record<MarkerStyle, number> = {
  'cn-dun': 0,
  'cn-paren': 1,
  stage: 1.5,
  'ar-dun': 2,
  'ar-paren': 3,
  'ar-half': 3.5,
  circled: 4,
  'cn-shi': 5,
};

function rank(styleKey: string): number {
  if (styleKey.startsWith('h')) return Number(styleKey.slice(1)) - 10;
  return CONVENTIONAL_RANK[styleKey as MarkerStyle] ?? 9;
}

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
    if (at > 0) {
      this.stack.length = at;
    } else {
      while (this.stack.length > 1 && this.belongsAbove(styleKey, this.stack.at(-1)!.styleKey)) this.stack.pop();
      this.above.add(`${this.stack.at(-1)!.styleKey}>${styleKey}`);
    }
    this.stack.at(-1)!.children.push(node);
    this.stack.push(node);
  }

  /** Should a new style close an open one (i.e. sit above it)? */
  private belongsAbove(newStyle: string, openStyle: string): boolean {
    if (this.above.has(`${newStyle}>${openStyle}`)) return true;
    if (this.above.has(`${openStyle}>${newStyle}`)) return false;
    return rank(openStyle) > rank(newStyle);
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
    const m = UNSEPARATED_NUMBER.exec(text);
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
const UNSEPARATED_NUMBER = /^(\d{1,2})(?=[\u4e00-\u9fff])(?![年月日号时点分个次人名家户项条件份天周岁元万千百余多])/;

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
