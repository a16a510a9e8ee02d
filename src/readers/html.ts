/**
 * Saved web pages (.html/.htm, and the HTML that Word "web exports" and many
 * download sites save under a .doc name): the article's text as blocks, without
 * the site around it (navigation, scripts, styles, footers, share and
 * related-article boxes).
 */
import { message } from '../model/message.js';
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Block, BlockHint, ReadResult } from '../model/block.js';
import { inputError, plainCause } from '../errors.js';
import { normalizeLine } from '../text/normalize.js';
import { runTogetherBlocks } from '../text/run-together.js';
import { expandGrid } from './docx/mammoth-html.js';
import { hasTypedMarker } from './docx/markers.js';
import { formatNumber } from './docx/formats.js';

/** Elements that never hold article text. */
const NOISE_TAGS = 'script, style, noscript, template, nav, footer, aside, form, iframe, svg, button, select, object, embed, head';
/** Site furniture, recognized by id or class. */
const NOISE_NAME = /(^|[\s_-])(nav|navbar|menu|footer|foot|sidebar|side|breadcrumbs?|crumbs?|share|social|related|recommend|hot|comments?|copyright|toolbar|login|search|pager|pagination|advert|ads?|banner|topbar|info|meta|author|source|guanggao|xgwz|tuijian)([\s_-]|$)/i;

const BLOCK_TAGS = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote', 'dt', 'dd', 'section', 'article', 'main', 'center', 'tr', 'ul', 'ol', 'dl', 'body', 'td', 'th']);

/** Charset names pages declare that TextDecoder should read as GB18030 (a superset of all of them). */
const GB = /^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|hz-gb-2312)$/i;

function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

/** BOM first, then the page's own <meta charset> / http-equiv, then UTF-8 if it decodes, else GB18030. */
export function decodeHtml(bytes: Uint8Array): { html: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { html: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { html: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { html: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const declared = declaredCharset(bytes);
  if (declared && GB.test(declared)) return { html: new TextDecoder('gb18030').decode(bytes), encoding: declared };
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      return { html: new TextDecoder(declared).decode(bytes), encoding: declared };
    } catch {
      // an unknown label: fall through to detection
    }
  }
  try {
    return { html: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { html: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

const isElement = (n: AnyNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';

function removeNoise($: cheerio.CheerioAPI): void {
  $(NOISE_TAGS).remove();
  $('header').each((_, el) => {
    // a page header is site chrome, unless it is the article's own header with its title
    if ($(el).find('h1').length === 0) $(el).remove();
  });
  $('[id], [class]').each((_, el) => {
    const names = `${$(el).attr('id') ?? ''} ${$(el).attr('class') ?? ''}`;
    if (NOISE_NAME.test(names) && $(el).find('h1').length === 0) $(el).remove();
  });
}

/** Inline wrappers: text inside them belongs to the paragraph around them (Word's HTML nests every run in `<font><span>`). */
const INLINE_TAGS = new Set(['span', 'font', 'b', 'strong', 'i', 'em', 'u', 'a', 'sup', 'sub', 'small', 'big', 'label', 'o:p']);
/** Lists are no container of their own: Word's automatic numbering exports as nested `<ol><li>` around each paragraph. */
const TRANSPARENT_TAGS = new Set([...INLINE_TAGS, 'ol', 'ul', 'li']);
const PARAGRAPH_TAGS = new Set(['p', 'div', 'td', 'li', 'pre', 'dd', 'blockquote']);
/** A table's own structure: the cells of a task table add up for what holds the table. */
const TABLE_TAGS = new Set([...TRANSPARENT_TAGS, 'td', 'th', 'tr', 'tbody', 'thead', 'tfoot', 'table']);

function ancestorOutside(el: AnyNode | null, skip: ReadonlySet<string>): Element | null {
  let node = el?.parent ?? null;
  while (node && isElement(node) && skip.has(node.name.toLowerCase())) node = node.parent;
  return node && node.type === 'tag' ? (node as Element) : null;
}

/**
 * The article: the element whose own paragraphs hold the most Chinese text
 * (each text paragraph scores for its container, and half for the
 * container's, so a container of many paragraphs beats a single long one). A
 * paragraph's text is all its inline text, however many runs Word split it
 * into; list elements are passed through to the container around the list,
 * and a table cell's paragraphs also count, by half, for what holds the table.
 */
function articleRoot($: cheerio.CheerioAPI): Element {
  const own = new Map<Element, number>();
  $('body').find('*').addBack().contents().each((_, node) => {
    if (node.type !== 'text') return;
    const cjk = (node as unknown as { data: string }).data.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
    if (cjk === 0) return;
    const paragraph = ancestorOutside(node, INLINE_TAGS);
    if (paragraph) own.set(paragraph, (own.get(paragraph) ?? 0) + cjk);
  });
  const scores = new Map<Element, number>();
  const add = (el: Element | null, n: number) => {
    if (el) scores.set(el, (scores.get(el) ?? 0) + n);
  };
  for (const [el, cjk] of own) {
    if (cjk < 10 || !PARAGRAPH_TAGS.has(el.name.toLowerCase())) continue;
    // text right in a cell (`<td>教育体育局</td>`): the cell is its paragraph, and its row no container — the table's holder is
    if (/^t[dh]$/.test(el.name)) {
      add(ancestorOutside(el, TABLE_TAGS), cjk / 2);
      // a layout cell holds an article's lines (`…<br>…`); one long data cell (a progress report) holds none
      if (el.children.some((c) => isElement(c) && c.name.toLowerCase() === 'br')) add(el, cjk);
      continue;
    }
    const container = ancestorOutside(el, TRANSPARENT_TAGS);
    add(container, cjk);
    add(ancestorOutside(container, TRANSPARENT_TAGS), cjk / 2);
    // many cells outweigh one, so a document that is one task table is read whole; one big layout cell still wins
    if (container && /^t[dh]$/.test(container.name)) add(ancestorOutside(container, TABLE_TAGS), cjk / 2);
    if (el.name === 'div' || el.name === 'td') add(el, cjk);
  }
  let best: Element | undefined;
  for (const [el, score] of scores) if (!best || score > scores.get(best)!) best = el;
  return best ?? ($('body')[0] as Element | undefined) ?? ($.root()[0] as unknown as Element);
}

interface Collected {
  lines: string[];
  /** The nearest block tag around the text; 'title' for Word's MsoTitle paragraphs. */
  tag: string;
  /** The number a browser draws before the first <li> paragraph of an <ol>, and the list's depth. */
  list?: ListMarker;
}

interface ListMarker {
  marker: string;
  level: number;
}

/** An open <ol>/<ul>: the next item's number and how to draw it. */
interface ListFrame {
  ordered: boolean;
  next: number;
  numFmt: string;
  level: number;
}

/** HTML `type` and CSS `list-style-type` as Word number formats (one renderer for both readers). */
const LIST_FORMATS: Record<string, string> = {
  '1': 'decimal', a: 'lowerLetter', A: 'upperLetter', i: 'lowerRoman', I: 'upperRoman',
  decimal: 'decimal', 'decimal-leading-zero': 'decimalZero', 'lower-alpha': 'lowerLetter', 'lower-latin': 'lowerLetter',
  'upper-alpha': 'upperLetter', 'upper-latin': 'upperLetter', 'lower-roman': 'lowerRoman', 'upper-roman': 'upperRoman',
  'cjk-ideographic': 'chineseCounting', 'simp-chinese-informal': 'chineseCounting', 'trad-chinese-informal': 'chineseCounting',
  'cjk-decimal': 'ideographDigital', 'cjk-heavenly-stem': 'ideographTraditional', 'cjk-earthly-branch': 'ideographZodiac',
  'simp-chinese-formal': 'chineseLegalSimplified', 'trad-chinese-formal': 'ideographLegalTraditional',
};
const CHINESE_FORMATS = new Set(['chineseCounting', 'ideographDigital', 'ideographTraditional', 'ideographZodiac', 'chineseLegalSimplified', 'ideographLegalTraditional']);

function listFrame(node: Element, level: number): ListFrame {
  const ordered = node.name.toLowerCase() === 'ol';
  const css = /list-style(?:-type)?\s*:\s*([a-z-]+)/i.exec(node.attribs.style ?? '')?.[1]?.toLowerCase();
  const numFmt = (css && LIST_FORMATS[css]) || LIST_FORMATS[node.attribs.type ?? ''] || 'decimal';
  const start = Number.parseInt(node.attribs.start ?? '', 10);
  return { ordered: ordered && css !== 'none', next: Number.isFinite(start) ? start : 1, numFmt, level };
}

/** Chinese numbers take 、 the way Chinese documents write them; others a full stop, as browsers draw them. */
function itemMarker(frame: ListFrame, value: number): string {
  return formatNumber(value, frame.numFmt) + (CHINESE_FORMATS.has(frame.numFmt) ? '、' : '.');
}

/** Walk the article, one entry per block element, lines split at <br>; tables become row lists. */
class Walker {
  readonly items: ({ kind: 'text'; block: Collected } | { kind: 'table'; rows: { value: string; colspan: number; rowspan: number }[][] })[] = [];
  private current: Collected | null = null;
  private readonly lists: ListFrame[] = [];
  /** Set at an <li>, taken by the first text inside it. */
  private pendingItem: ListMarker | null = null;

  constructor(private readonly $: cheerio.CheerioAPI) {}

  walk(node: AnyNode, blockTag = 'p'): void {
    if (node.type === 'text') return this.append((node as unknown as { data: string }).data, blockTag);
    if (!isElement(node)) return;
    const name = node.name.toLowerCase();
    if (name === 'br') return this.newLine(blockTag);
    if (name === 'table') return this.table(node);
    const isBlock = BLOCK_TAGS.has(name);
    const isList = name === 'ol' || name === 'ul';
    if (isBlock) this.flush();
    if (isList) this.lists.push(listFrame(node, this.lists.length));
    if (name === 'li') this.startItem(node);
    const tag = isBlock ? (/\bMsoTitle\b/.test(node.attribs.class ?? '') ? 'title' : name) : blockTag;
    for (const child of node.children) this.walk(child, tag);
    if (isBlock) this.flush();
    if (isList) this.lists.pop();
    if (name === 'li') this.pendingItem = null;
  }

  /** Word's web export and LibreOffice write automatic numbering as nested <ol>s, depth = list level. */
  private startItem(li: Element): void {
    const frame = this.lists.at(-1);
    if (!frame?.ordered) return;
    const value = Number.parseInt(li.attribs.value ?? '', 10);
    const n = Number.isFinite(value) ? value : frame.next;
    frame.next = n + 1;
    this.pendingItem = { marker: itemMarker(frame, n), level: frame.level };
  }

  private append(text: string, tag: string): void {
    const clean = text.replace(/[\r\n\t]+/g, ' ');
    if (!clean.trim() && !this.current) return;
    if (!this.current) {
      this.current = { lines: [''], tag };
      if (this.pendingItem) this.current.list = this.pendingItem;
      this.pendingItem = null;
    }
    this.current.lines[this.current.lines.length - 1] += clean;
  }

  private newLine(tag: string): void {
    (this.current ??= { lines: [''], tag }).lines.push('');
  }

  flush(): void {
    if (this.current) this.items.push({ kind: 'text', block: this.current });
    this.current = null;
  }

  private table(node: Element): void {
    this.flush();
    const $ = this.$;
    const rows = $(node)
      .find('tr')
      .filter((_, tr) => $(tr).closest('table')[0] === node)
      .toArray()
      .map((tr) =>
        $(tr)
          .children('td, th')
          .toArray()
          .map((cell) => ({
            value: cellText($, cell),
            colspan: Math.max(1, Number($(cell).attr('colspan')) || 1),
            rowspan: Math.max(1, Number($(cell).attr('rowspan')) || 1),
          })),
      );
    this.items.push({ kind: 'table', rows });
  }
}

/** A cell's paragraphs (block children and <br>s) joined with \n. */
function cellText($: cheerio.CheerioAPI, cell: Element): string {
  const w = new Walker($);
  for (const child of cell.children) w.walk(child);
  w.flush();
  return w.items
    .flatMap((i) => (i.kind === 'text' ? i.block.lines : i.rows.map((r) => r.map((c) => c.value).join(' '))))
    .map(normalizeLine)
    .filter(Boolean)
    .join('\n');
}

function headingLevel(tag: string): number | undefined {
  const m = /^h([1-6])$/.exec(tag);
  return m ? Number(m[1]) : undefined;
}

function toBlocks(items: Walker['items']): Block[] {
  const blocks: Block[] = [];
  let line = 1;
  let tables = 0;
  let titled = false;
  const push = (b: Block) => {
    blocks.push(b);
    line += 1 + (b.text.match(/\n/g)?.length ?? 0);
  };
  items.forEach((item, i) => {
    if (item.kind === 'table') {
      const table = ++tables;
      expandGrid(item.rows, '').forEach((cells, r) => {
        if (cells.some(Boolean)) push({ text: cells.filter(Boolean).join(' '), cells, table, location: { line, table, row: r + 1 } });
      });
      return;
    }
    const level = headingLevel(item.block.tag);
    let list = item.block.list;
    for (const raw of item.block.lines) {
      let text = normalizeLine(raw);
      if (!text) continue;
      const hint: BlockHint = {};
      if (level) hint.headingLevel = level;
      // a numbered <h1> is the first chapter heading, not the document's title
      if (((level === 1 && !titled) || item.block.tag === 'title') && !list) hint.title = titled = true;
      if (list && !hasTypedMarker(text)) {
        text = normalizeLine(list.marker + text);
        hint.marker = 'automatic';
        hint.listLevel = list.level;
      } else if (hasTypedMarker(text)) hint.marker = 'typed';
      list = undefined;
      if (Object.keys(hint).length) {
        push({ text, location: { line, paragraph: i + 1 }, hint });
        continue;
      }
      // a page that holds its whole body in one paragraph, the paragraphs joined by spaces
      for (const piece of runTogetherBlocks(text, { line, paragraph: i + 1 })) push(piece);
    }
  });
  return blocks;
}

/** Real pages nest a few dozen elements deep; the HTML parser and the walk below cost depth × size. */
export const MAX_HTML_DEPTH = 256;

/** Elements that never hold others (void) or close themselves when a sibling opens: they do not deepen the tree. */
const FLAT_TAGS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'basefont', 'bgsound', 'frame', 'keygen',
  'p', 'li', 'dt', 'dd', 'rt', 'rp', 'optgroup', 'option', 'colgroup', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'html', 'head', 'body',
]);

/** Elements whose content is raw text up to their own end tag: a `<` inside opens nothing. */
const RAW_TEXT = /^(?:script|style|textarea|title)$/i;
const TAG_START = /[a-zA-Z]/;

/**
 * Drop the tags (never the text) nested deeper than MAX_HTML_DEPTH, in one
 * linear pass before parsing: 100,000 nested <div>s would otherwise take the
 * parser minutes. Tags are cut as the HTML tokenizer cuts them — a tag name
 * runs to a space, `/` or `>` (`<di<!--…>` is one tag, not a comment) and a
 * tag without a `>` runs to the end — so what is counted is what the parser
 * will nest. Comments and the insides of script/style are skipped, not counted.
 */
export function capHtmlDepth(html: string, maxDepth = MAX_HTML_DEPTH): { html: string; dropped: number } {
  const kept: string[] = [];
  let copied = 0;
  const cut = (from: number, to: number) => {
    kept.push(html.slice(copied, from));
    copied = to;
  };
  let depth = 0;
  let over = 0;
  let dropped = 0;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at)) {
    const tag = tagAt(html, at);
    if (!tag) {
      at++;
      continue;
    }
    const { end, name, closing, opaque } = tag;
    if (!opaque && name && !FLAT_TAGS.has(name)) {
      if (closing && over > 0) (over--, cut(at, end));
      else if (closing) depth = Math.max(0, depth - 1);
      else if (depth < maxDepth) depth++;
      else (over++, dropped++, cut(at, end));
    }
    at = end;
  }
  if (!dropped) return { html, dropped };
  kept.push(html.slice(copied));
  return { html: kept.join(''), dropped };
}

/**
 * The tag, comment or raw-text element at html[at] (`<`), as the HTML
 * tokenizer reads it; null when the `<` opens nothing (`a < b`). `opaque`:
 * a comment or a script/style element, skipped whole.
 */
function tagAt(html: string, at: number): { end: number; name: string; closing: boolean; opaque: boolean } | null {
  const past = (i: number, length: number) => (i < 0 ? html.length : i + length);
  if (html.startsWith('<!--', at)) return { end: past(html.indexOf('-->', at + 4), 3), name: '', closing: false, opaque: true };
  const closing = html[at + 1] === '/';
  const nameAt = at + (closing ? 2 : 1);
  if (!TAG_START.test(html[nameAt] ?? '')) return null;
  const end = past(html.indexOf('>', nameAt), 1);
  const name = /^[^\s/>]+/.exec(html.slice(nameAt, Math.min(end, nameAt + 64)))![0].toLowerCase();
  if (html[end - 2] === '/') return { end, name, closing, opaque: true };
  if (closing || !RAW_TEXT.test(name)) return { end, name, closing, opaque: false };
  const close = new RegExp(`</${name}\\s*>`, 'ig');
  close.lastIndex = end;
  const m = close.exec(html);
  return { end: m ? m.index + m[0].length : html.length, name, closing, opaque: true };
}

/** Blocks of the article, the page's <h1> first when it sits outside the article container. */
export function htmlToBlocks(html: string): Block[] {
  const $ = cheerio.load(html);
  removeNoise($);
  const root = articleRoot($);
  const walker = new Walker($);
  const h1 = $('h1').first()[0];
  if (h1 && !$(root).find(h1).length && !$(h1).find(root).length) {
    walker.walk(h1, 'h1');
    walker.flush();
  }
  walker.walk(root, root.name ?? 'div');
  walker.flush();
  return toBlocks(walker.items);
}

export async function readHtml(bytes: Uint8Array, file: string): Promise<ReadResult> {
  const { html, encoding } = decodeHtml(bytes);
  const capped = capHtmlDepth(html);
  let blocks: Block[];
  try {
    blocks = htmlToBlocks(capped.html);
  } catch (err) {
    throw inputError(file, plainCause(err, 'html'), err);
  }
  if (blocks.length === 0) throw inputError(file, 'the web page has no article text');
  const signals = ['html'];
  if (blocks.some((b) => b.hint?.headingLevel)) signals.push('heading-tags');
  if (blocks.some((b) => b.hint?.marker === 'typed')) signals.push('typed-numbering');
  if (blocks.some((b) => b.cells)) signals.push('tables');
  const messages = capped.dropped
    ? [message('reader', 'deep-nesting', `${capped.dropped} tags nested deeper than ${MAX_HTML_DEPTH} levels were left out (their text is kept)`, { data: { count: capped.dropped, depth: MAX_HTML_DEPTH } })]
    : [];
  return { format: 'html', encoding, blocks, signals, messages };
}
