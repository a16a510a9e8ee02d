/**
 * Outline: numbered blocks → a tree of items. Each numbering style has a rank
 * (levels.ts: the standard order of Chinese documents unless the document's
 * own series say otherwise; Word list levels where one style occurs at two
 * levels); styles with no standard rank (一是, 第一阶段) and unnumbered
 * headings take theirs where they first appear. An item closes every open
 * item of its rank or below. Numbered field lines (`（二）责任单位：…`) are
 * fields of the item above, never items or sections: they open a field node
 * whose lower-ranked lines are the field's content.
 */
import type { Block } from '../model/block.js';
import { alternation, memoByLexicon, type Lexicon } from '../lexicon/index.js';
import { lexMarker, type Marker, type MarkerStyle } from './marker.js';
import { firstSentence, firstSentenceEnd, trimPunctuation } from '../text/sentence.js';
import { leadingSectionWord } from './classify.js';
import { rankStyles, STANDARD_RANK, type NumberedLine } from './levels.js';
import { message, type Message } from '../model/message.js';
import { OWNER_FIELDS, readFieldLine, startsLabelBlock, type FieldLine } from './fields.js';
import { isAnnexLine } from '../documents/split.js';
import { append } from '../text/lists.js';

export interface OutlineNode {
  marker: Marker | null;
  /** Which numbering style (or heading level) opened the node; `root` for the document. */
  styleKey: string;
  /** Depth of its style: a lower rank is higher in the tree. */
  rank: number;
  heading: string;
  /** The block that opened the node (for locations); null for the root. */
  head: Block | null;
  /** Text after the heading on the head line (`一、指导思想以培育…` → `以培育…`). */
  lead: string;
  /** The unnumbered blocks that follow the head line, up to the next item. */
  body: Block[];
  children: OutlineNode[];
  /** Set when the node is a numbered field (`（六）完成时限：2008年内`). */
  field?: FieldLine;
}

/** Field kinds that assign a task: a numbered label of one of these is a field even with its value on the next line. */
const ASSIGNING: ReadonlySet<string> = new Set<string>([...OWNER_FIELDS, 'deadline']);

interface Line {
  block: Block;
  marker: Marker | null;
  styleKey: string | null;
  /** A numbered field line: its marker is not an item. */
  field: FieldLine | null;
}

/** `messages`: receives the outline's decisions a user should know of (numbering ranked against the standard order). */
export function buildOutline(blocks: Block[], lex: Lexicon, messages?: { document: number; sink: Message[] }): OutlineNode {
  const lines = blocks.map((block) => readLine(block, lex));
  keyByListLevel(lines);
  recoverDecimalMarkers(lines);
  restyleFirstItemTypos(lines, lex);
  const ranks = rankStyles(lines.flatMap((l): NumberedLine[] => (l.marker && l.styleKey ? [{ styleKey: l.styleKey, style: l.marker.style, value: l.marker.value }] : [])));
  if (messages) append(messages.sink, inversionMessages(lines, ranks, messages.document));
  const root = newNode(null, 'root', -Infinity, '', null, '');
  const builder = new OutlineBuilder(root, lex, ranks, lines);
  for (let i = 0; i < lines.length; i++) i += builder.add(i);
  numberBullets(root);
  return root;
}

/** Bulleted items (`●…`) carry no number: each is numbered by its place among its bulleted siblings, as table rows are. */
function numberBullets(node: OutlineNode): void {
  let n = 0;
  for (const child of node.children) {
    if (child.marker?.style === 'bullet') child.marker = { ...child.marker, label: String(++n) };
    numberBullets(child);
  }
}

/**
 * Styles the document nests against the standard order (`1、` above `（一）`,
 * from its series running on across the other's items): one message per
 * pair, at the first item of the style that moved up.
 */
function inversionMessages(lines: Line[], ranks: Map<string, number>, document: number): Message[] {
  const first = new Map<string, Line>();
  for (const l of lines) if (l.styleKey && l.marker && !first.has(l.styleKey)) first.set(l.styleKey, l);
  const out: Message[] = [];
  for (const [upper, a] of first) {
    for (const [lower, b] of first) {
      const standardA = STANDARD_RANK[a.marker!.style];
      const standardB = STANDARD_RANK[b.marker!.style];
      if (standardA === undefined || standardB === undefined || standardA <= standardB) continue;
      if (ranks.get(upper)! >= ranks.get(lower)!) continue;
      const [high, low] = [a.marker!.raw.trim(), b.marker!.raw.trim()];
      const reason = `numbering ${high} ranks above ${low} here, against the standard order: its series runs on across their items`;
      out.push(message('outline', 'numbering-inverted', reason, { severity: 'info', document, place: { line: a.block.location.line }, data: { upper: high, lower: low } }));
    }
  }
  return out;
}

function readLine(block: Block, lex: Lexicon): Line {
  const marker = block.cells ? null : lexMarker(block.text);
  if (!marker) return { block, marker: null, styleKey: null, field: null };
  const field = readFieldLine(marker.rest, lex);
  // a numbered label alone on its line is a field when it assigns (`（二）责任单位` / value below); `一、时间安排` / `一、活动主题` head sections
  if (field?.fields[0]!.strong && (!field.labelOnly || ASSIGNING.has(field.fields[0]!.kind))) return { block, marker, styleKey: marker.style, field };
  return { block, marker, styleKey: marker.style, field: null };
}

/** One style at two Word list levels (`1.` at level 0 and at level 2) is two styles. */
function keyByListLevel(lines: Line[]): void {
  const levels = new Map<string, Set<number>>();
  for (const l of lines) {
    const level = l.block.hint?.marker === 'automatic' ? l.block.hint.listLevel : undefined;
    if (l.marker && level !== undefined) levels.set(l.marker.style, (levels.get(l.marker.style) ?? new Set()).add(level));
  }
  for (const l of lines) {
    const level = l.block.hint?.marker === 'automatic' ? l.block.hint.listLevel : undefined;
    if (l.marker && level !== undefined && levels.get(l.marker.style)!.size > 1) l.styleKey = `${l.marker.style}@${level}`;
  }
}

/**
 * `11.121人才梯队项目` reads as the number 11.121; between items 10. and 12.
 * it is item 11, whose title starts with a number. Recovered only where the
 * series on both sides says so.
 */
function recoverDecimalMarkers(lines: Line[]): void {
  const DECIMAL_START = /^(\d{1,2})\.(?=\d)/;
  lines.forEach((line, i) => {
    const m = line.marker || line.block.cells ? null : DECIMAL_START.exec(line.block.text);
    if (!m) return;
    const value = Number(m[1]);
    const before = lines.slice(0, i).reverse().find((l) => l.marker?.style === 'ar-dun');
    const after = lines.slice(i + 1).find((l) => l.marker?.style === 'ar-dun');
    if (before?.marker!.value !== value - 1 || (after && after.marker!.value !== value + 1)) return;
    line.marker = { style: 'ar-dun', value, raw: m[0], label: m[1]!, rest: line.block.text.slice(m[0].length) };
    line.styleKey = before.styleKey;
  });
}

/**
 * `1、指导思想` … `二、工作目标`: a first item numbered in the wrong style is
 * the first of the series that continues it, when it names a section and
 * the next numbered line is that series' 2 (seed 001: the writer's typo).
 */
function restyleFirstItemTypos(lines: Line[], lex: Lexicon): void {
  const numbered = lines.filter((l) => l.marker && l.styleKey && !l.field);
  numbered.forEach((line, k) => {
    const next = numbered[k + 1];
    if (!next || line.marker!.value !== 1 || next.marker!.value !== 2 || next.marker!.style === line.marker!.style) return;
    if (numbered.slice(0, k).some((l) => l.styleKey === next.styleKey)) return;
    if (!leadingSectionWord(trimPunctuation(line.marker!.rest), lex)) return;
    line.styleKey = next.styleKey;
    line.marker = { ...line.marker!, style: next.marker!.style };
  });
}

class OutlineBuilder {
  private stack: OutlineNode[];
  private topRank: number;

  constructor(
    root: OutlineNode,
    private lex: Lexicon,
    private ranks: Map<string, number>,
    private lines: Line[],
  ) {
    this.stack = [root];
    this.topRank = ranks.size ? Math.min(...ranks.values()) : 1;
  }

  /** Add lines[i]; returns how many following lines it consumed too. */
  add(i: number): number {
    const { block, marker, styleKey, field } = this.lines[i]!;
    if (!marker || !styleKey) {
      // an annex (`附件` / its table) belongs to the whole plan, not to the item it follows
      if (isAnnexLine(block, this.lex)) this.stack.length = 1;
      const rank = this.unnumberedHeadingRank(i);
      if (rank === null) {
        this.addBody(block);
        return 0;
      }
      this.open(newNode(null, `h:${rank}`, rank, trimPunctuation(block.text), block, ''));
      return 0;
    }
    const rank = this.rankOf(styleKey, marker.value);
    if (field) {
      this.open({ ...newNode(marker, styleKey, rank, field.fields[0]!.label, block, ''), field });
      return 0;
    }
    // a number alone on its line, its heading on the next (`一` / `重点工作`)
    const next = this.lines[i + 1];
    if (!marker.rest && next && !next.block.cells && !next.marker && next.block.text.length <= 30) {
      this.open(newNode(marker, styleKey, rank, trimPunctuation(next.block.text), block, ''));
      return 1;
    }
    const { heading, lead } = splitHeading(marker.rest, this.lex);
    this.open(newNode(marker, styleKey, rank, heading, block, lead));
    return 0;
  }

  /**
   * A style without a standard rank sits under the item open where it first
   * appears; where no item is open yet it is the top level (`一是扎实推进产业强镇。`
   * over `（一）…` and then `二是…`: a township plan's run-in headings) — unless
   * it opens the page past its first number (`第二步：…` before `四、管理规范`):
   * then the page was cut inside a section, and the style sits under the top one.
   */
  private rankOf(styleKey: string, value = 1): number {
    let rank = this.ranks.get(styleKey);
    if (rank === undefined) {
      rank = this.stack.at(-1)!.rank + 0.5;
      const sections = this.sectionRank();
      if (!Number.isFinite(rank)) rank = value > 1 && sections !== undefined ? sections + 0.5 : this.topRank - 0.5;
      this.ranks.set(styleKey, rank);
    }
    return rank;
  }

  /** The rank of the style that numbers the document's sections (一、, 第一章), if the document has one. */
  private sectionRank(): number | undefined {
    let min: number | undefined;
    for (const [key, rank] of this.ranks) if (SECTION_STYLES.has(key.split('@')[0]!) && (min === undefined || rank < min)) min = rank;
    return min;
  }

  private open(node: OutlineNode): void {
    while (this.stack.length > 1 && this.stack.at(-1)!.rank >= node.rank) this.stack.pop();
    this.stack.at(-1)!.children.push(node);
    this.stack.push(node);
  }

  /**
   * An unnumbered heading: a heading style from Word/HTML (ranked above the
   * numbered items unless numbered headings of that level say otherwise); a
   * bare section word (`保障措施`, what a .doc keeps when it loses its numbers),
   * at the document's top level; a short unpunctuated line that opens the
   * first series of the top style (`“十三五”应急体系9个具体建设任务` / `（一）…`).
   */
  private unnumberedHeadingRank(i: number): number | null {
    const block = this.lines[i]!.block;
    if (block.cells || block.hint?.title) return null;
    if (block.hint?.headingLevel) return this.headingRank(block.hint.headingLevel);
    const fieldLines = this.lines.slice(i, i + 4).map((l) => (l.block.cells ? null : readFieldLine(l.block.text, this.lex)));
    if (fieldLines[0]?.labelOnly && startsLabelBlock(fieldLines, 0)) return null;
    const text = trimPunctuation(block.text);
    const word = text.length <= 12 && !/[，。；]/.test(text) ? leadingSectionWord(text, this.lex) : null;
    // inside a numbered top-level item, `整改措施：` over its list labels that list: the item's own, no section
    const insideNumberedTop = this.stack[1]?.marker !== undefined && this.stack[1]?.marker !== null && this.stack[1]!.rank === this.topRank;
    if (word && text.length - word.length <= 2 && !(insideNumberedTop && /[：:]\s*$/u.test(block.text))) return this.topRank;
    const next = this.lines[i + 1];
    if (
      next?.marker && next.styleKey && !next.field && next.marker.value === 1 &&
      this.rankOf(next.styleKey) === this.topRank && this.stack.length === 1 &&
      isHeadingShaped(block.text) && !readFieldLine(block.text, this.lex) && !isDocumentTitle(block.text, this.lex)
    ) {
      return this.topRank - 0.5;
    }
    return null;
  }

  private headingRank(level: number): number {
    const numbered = this.lines.find((l) => l.marker && l.styleKey && l.block.hint?.headingLevel === level);
    if (numbered) return this.rankOf(numbered.styleKey!);
    return this.topRank - 1 + (level - 1) * 0.01;
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
    this.open(newNode(glued.marker, glued.marker.style, this.rankOf(glued.marker.style), heading, head, lead));
  }

  /** The value an open list of this style expects next, if one is open. */
  private nextValue(style: MarkerStyle): number | null {
    const open = [...this.stack].reverse().find((n) => n.marker?.style === style && !n.field);
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

/** `吴忠市人民政府关于批转…实施方案的通知`: a document's title the splitter left in the body is no section. */
const isDocumentTitle = (text: string, lex: Lexicon) => lex.documentTitleEndings.some((w) => trimPunctuation(text).endsWith(w));

/** A line shaped like a heading: short, no sentence punctuation, not a date. */
function isHeadingShaped(text: string): boolean {
  const t = text.trim();
  return t.length >= 4 && t.length <= 40 && !/[。，；：:,;!！?？]/.test(t) && !/[日号]$/.test(t);
}

/** A number run straight into Chinese text (`3环境卫生…`), but not a quantity (`3月`, `5个`). */
const unseparatedNumber = memoByLexicon((lex) => new RegExp(`^(\\d{1,2})(?=[\\u4e00-\\u9fff])(?!${alternation(lex.quantityUnits)})`));

/** The text of an item's head line after its marker (the whole line for an unnumbered heading). */
export function headText(node: OutlineNode): string {
  return node.marker ? node.marker.rest : node.head?.text ?? '';
}

function newNode(marker: Marker | null, styleKey: string, rank: number, heading: string, head: Block | null, lead: string): OutlineNode {
  return { marker, styleKey, rank, heading, head, lead, body: [], children: [] };
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
  if (word && !/^[。，：:；、（]/.test(text.slice(word.length))) {
    return { heading: word, lead: text.slice(word.length).trim() };
  }
  const end = firstSentenceEnd(text, true);
  return { heading: firstSentence(text, true), lead: text.slice(end).trim() };
}

/**
 * Leading items of a page that starts mid-document, under a section the page
 * does not show: `（八）…` before `三、`, or a page whose top level is a
 * subordinate style that opens past its first number (`（九）…（十二）`, no
 * `一、` anywhere), up to where that numbering starts again at 1.
 */
export function isOrphan(node: OutlineNode, root: OutlineNode): boolean {
  const { top, firstTop, index, cutRun } = topOf(root);
  const at = index.get(node) ?? -1;
  return (node.rank > top && at < firstTop) || (node.rank === top && at < cutRun);
}

/** Styles that number a document's own sections. */
const SECTION_STYLES: ReadonlySet<string> = new Set<MarkerStyle>(['chapter', 'jie', 'cn-dun']);

/** Styles that number the items inside a section, never a document's own sections. */
const ITEM_STYLES: ReadonlySet<MarkerStyle> = new Set<MarkerStyle>(['cn-paren', 'ar-dun', 'ar-paren', 'ar-half', 'circled']);

/** End (exclusive) of the top-level run a page cut opened mid-section, 0 when the page starts at a first item. */
function cutRunEnd(children: OutlineNode[], top: number, firstTop: number): number {
  const first = children[firstTop]?.marker;
  if (!first || !ITEM_STYLES.has(first.style) || first.value <= 1) return 0;
  const restart = children.findIndex((c, i) => i > firstTop && c.rank === top && c.marker?.value === 1);
  return restart < 0 ? children.length : restart;
}

/**
 * Bounded work (issue 12): the root's top rank, where it first occurs and each
 * child's index, computed once per root — not per node (quadratic), and with
 * no spread of the children into Math.min (200,000 items overflow the stack).
 */
const topCache = new WeakMap<OutlineNode, { length: number; top: number; firstTop: number; index: Map<OutlineNode, number>; cutRun: number }>();
function topOf(root: OutlineNode) {
  const cached = topCache.get(root);
  if (cached && cached.length === root.children.length) return cached;
  let top = Infinity;
  const index = new Map<OutlineNode, number>();
  root.children.forEach((c, i) => {
    top = Math.min(top, c.rank);
    index.set(c, i);
  });
  const firstTop = root.children.findIndex((c) => c.rank === top);
  const entry = { length: root.children.length, top, firstTop, index, cutRun: cutRunEnd(root.children, top, firstTop) };
  topCache.set(root, entry);
  return entry;
}
