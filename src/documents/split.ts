/**
 * Split: one file often holds several documents — a collection (`…范文(14篇)篇一
 * … 篇十四`, `…工作计划1 … 5`, `…工作总结20_1 … 20_22`) or a plan followed by its
 * 小结. Titles are found by their shape; a collection's numbered titles win over
 * plain title-like lines when both are present.
 */
import type { Block } from '../model/block.js';
import type { DocumentKind } from '../model/plan.js';
import { alternation, memoByLexicon, type Lexicon } from '../lexicon/index.js';
import { CHINESE_NUMERAL_CHARS } from '../text/numerals.js';
import { findYear, parseDateLine } from '../extract/deadline.js';

export interface SplitDocument {
  index: number;
  title: string;
  kind: DocumentKind;
  year: number | null;
  /** The title block(s), when the title came from the text. */
  titleBlocks: Block[];
  /** The body, title excluded. */
  blocks: Block[];
}

const N = `[${CHINESE_NUMERAL_CHARS}]`;
/** `…范文（14篇）篇一`, `…方案篇三` */
const PIAN_TITLE = new RegExp(`^(.{4,60}?)篇${N}{1,3}$`);
/** `文明社区创建工作计划5篇`: the collection's own title, not a document. */
const COLLECTION_TITLE = new RegExp(`^.{2,60}?(?:\\d+|${N}{1,3})篇$`);
const SENTENCE_PUNCTUATION = /[。，；！？,;!?：:]/;

const titlePatterns = memoByLexicon((lex) => {
  const kinds = alternation([...lex.documentKinds.plan, ...lex.documentKinds.summary]);
  return {
    /** `2020年文明社区创建工作计划1`, `社区创文工作总结20_1` */
    numbered: new RegExp(`^(.{2,50}?(?:${kinds}))\\s*(\\d{1,3}(?:_\\d{1,3})?)$`),
    /** a title line: ends with a kind word, maybe a （草案） note */
    plain: new RegExp(`(?:${kinds})(?:（(?:草案|试行|征求意见稿|修订稿|送审稿)）)?$`),
    kinds: new RegExp(`(${kinds})`, 'g'),
  };
});

/** Numbering markers a title never starts with (`一、`, `（一）`, `1、`). */
const MARKER_START = new RegExp(`^(?:${N}{1,3}[、．.]|（${N}{1,3}）|\\d{1,2}[、．.]|（\\d{1,2}）|[①-⑳])`);

export function splitDocuments(blocks: Block[], trailerTitle: string | null, lex: Lexicon): SplitDocument[] {
  const starts = findTitles(blocks, lex);
  if (starts.length === 0) {
    const title = trailerTitle ?? '';
    return [makeDocument(0, title, [], blocks, lex)];
  }
  const docs: SplitDocument[] = [];
  starts.forEach((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]!.at : blocks.length;
    const body = blocks.slice(start.at + start.length, end);
    const titleBlocks = blocks.slice(start.at, start.at + start.length);
    docs.push(makeDocument(i, start.title, titleBlocks, body, lex));
  });
  // text before the first title: a collection's site intro is dropped; a lone
  // document keeps it (a scraped page may start mid-document).
  const preamble = blocks.slice(0, starts[0]!.at);
  if (preamble.length && starts.length === 1 && !starts[0]!.collection) {
    docs[0]!.blocks.unshift(...preamble);
  }
  return docs;
}

interface TitleStart {
  at: number;
  length: number;
  title: string;
  collection: boolean;
}

function findTitles(blocks: Block[], lex: Lexicon): TitleStart[] {
  const collection = collectionTitles(blocks, lex);
  if (collection.length) return collection;
  const starts: TitleStart[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const merged = plainTitleAt(blocks, i, lex);
    if (!merged) continue;
    const previous = starts.at(-1);
    // the same title twice in a row (a page header, then the article's own title)
    if (previous && previous.title === merged.title && previous.at + previous.length === i) {
      previous.at = i;
      previous.length = merged.length;
    } else {
      starts.push({ at: i, length: merged.length, title: merged.title, collection: false });
    }
    i += merged.length - 1;
  }
  return starts;
}

function collectionTitles(blocks: Block[], lex: Lexicon): TitleStart[] {
  const { numbered } = titlePatterns(lex);
  const found: TitleStart[] = [];
  blocks.forEach((block, at) => {
    if (block.cells || block.text.length > 70) return;
    if (PIAN_TITLE.test(block.text) || numbered.test(block.text)) {
      found.push({ at, length: 1, title: block.text, collection: true });
    }
  });
  // one numbered line alone is more likely a heading than a collection
  return found.length >= 2 ? found : [];
}

/** A title line, or a title split over two lines (`2024年创建全国文明城市` / `空调社区工作方案`). */
function plainTitleAt(blocks: Block[], i: number, lex: Lexicon): { title: string; length: number } | null {
  const first = blocks[i]!;
  if (!isTitleShaped(first)) return null;
  const { plain } = titlePatterns(lex);
  if (plain.test(first.text) && first.text.length >= 6 && !COLLECTION_TITLE.test(first.text)) {
    return { title: first.text, length: 1 };
  }
  const second = blocks[i + 1];
  // a date or a signature above a title (the 印发 notice's 成文日期) is not its first half
  const firstHalf = !parseDateLine(first.text, lex) && !/\d{1,2}日$/.test(first.text);
  if (firstHalf && second && isTitleShaped(second) && plain.test(second.text) && first.text.length + second.text.length <= 60) {
    return { title: first.text + second.text, length: 2 };
  }
  return null;
}

function isTitleShaped(block: Block): boolean {
  if (block.cells) return false;
  if (block.hint?.title) return true;
  const text = block.text;
  return text.length <= 45 && !SENTENCE_PUNCTUATION.test(text) && !MARKER_START.test(text) && block.hint?.marker !== 'automatic';
}

function makeDocument(index: number, title: string, titleBlocks: Block[], blocks: Block[], lex: Lexicon): SplitDocument {
  return {
    index,
    title,
    kind: documentKind(title, lex) === 'other' ? openingKind(blocks, lex) : documentKind(title, lex),
    year: yearInTitle(title) ?? findYear(blocks.map((b) => b.text).join('\n')),
    titleBlocks,
    blocks,
  };
}

/** The last kind word in the title decides: `…工作总结及下半年工作计划` is a plan, `…工作计划执行情况的报告` a summary. */
export function documentKind(title: string, lex: Lexicon): DocumentKind {
  const { kinds } = titlePatterns(lex);
  const words = [...title.matchAll(kinds)].map((m) => m[1]!);
  const last = words.at(-1);
  if (!last) return 'other';
  return lex.documentKinds.summary.includes(last) ? 'summary' : 'plan';
}

/** An untitled document's kind from the formula of its opening paragraphs; `other` without one. */
function openingKind(blocks: Block[], lex: Lexicon): DocumentKind {
  const opening = blocks.slice(0, 3).map((b) => b.text).join('');
  for (const kind of ['summary', 'plan'] as const) {
    if (lex.documentKindOpenings[kind].some((w) => opening.includes(w))) return kind;
  }
  return 'other';
}

/** A title's year: `2024年…`, or a bare `2023创建…`. */
function yearInTitle(title: string): number | null {
  const m = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(title);
  return m ? Number(m[1]) : null;
}
