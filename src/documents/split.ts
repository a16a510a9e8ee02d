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
import { findYear, parseDateLine, yearOfWeekdays } from '../grammar/deadline.js';

export interface SplitDocument {
  index: number;
  title: string;
  kind: DocumentKind;
  year: number | null;
  /** The title block(s), when the title came from the text. */
  titleBlocks: Block[];
  /** The notice that wraps the plan (`…关于印发X的通知`, addressees, signature), kept out of the body. */
  notice: Block[];
  /** The body, title excluded. */
  blocks: Block[];
  /** The title is a notice's (`…关于印发X的通知`) and X is not on the page: the body is the notice's own requirements. */
  noticeOnly: boolean;
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
    /** a title line: ends with a kind word, maybe a bracketed note (`（草案）`, `(2018—2020年)`, `(截至10月31日)`) */
    plain: new RegExp(`(?:${kinds})(?:${TITLE_NOTE})?$`),
    /** `…关于X的报告`, `…关于印发X的通知`: the formula of an official title, which may run long */
    formal: new RegExp(`关于.{2,}(?:${alternation([...lex.noticeEndings, ...lex.documentKinds.summary, ...lex.documentKinds.plan])})(?:${TITLE_NOTE})?$`),
    /** `（此件主动公开）` before the title */
    disclosure: new RegExp(`^[（(](?:${alternation(lex.disclosureNotes)})[)）]\\s*`),
    kinds: new RegExp(`(${kinds})`, 'g'),
    /** `…关于印发X的通知`: a notice's title */
    notice: new RegExp(`(?:${alternation(lex.noticeWords)}).{2,}(?:${alternation(lex.noticeEndings)})$`),
    /** `关于印发X的通知` → X: what a notice prints */
    printed: new RegExp(`(?:${alternation(lex.noticeWords.filter((w) => w !== '关于'))})(.+?)的?(?:${alternation(lex.noticeEndings)})$`),
    annex: new RegExp(`^(?:${lex.annexLines.join('|')})[：:]?$`),
    /** `编制完成了《…2018年度工作报告》`: an untitled text naming itself */
    selfTitle: new RegExp(`(?:${alternation(lex.selfTitleVerbs)})《([^《》]{4,60}?(?:${kinds}))》`),
  };
});

/** A bracketed note after a title's kind word: `（草案）`, `(2018—2020年)`, `(第四季度)`. */
const TITLE_NOTE = '[（(][^（）()]{1,40}[)）]';
/** A line that is only such a note, continuing the title above it. */
const NOTE_LINE = new RegExp(`^${TITLE_NOTE}$`);

/** A document number after the title (`…的实施意见（池政〔2017〕101号）`) is no part of it. */
/** A document number's year and serial (`〔2012〕53号`). */
const DOCUMENT_NUMBER = '[〔［\\[(（]\\d{4}[〕］\\])）]\\s*\\d+\\s*号';
const DOCUMENT_NUMBER_SUFFIX = new RegExp(`[（(][^（）()]{0,20}${DOCUMENT_NUMBER}[）)]$`, 'u');

/** Numbering markers a title never starts with (`一、`, `（一）`, `1、`). */
/** A site's column tag before a title (`【市政府重点工作及责任分解】滁州市人民政府关于…的通知`). */
const COLUMN_TAG = /^【[^【】]{2,20}】(?=\S)/u;
const MARKER_START = new RegExp(`^(?:${N}{1,3}[、．.]|（${N}{1,3}）|\\d{1,2}[、．.]|（\\d{1,2}）|[①-⑳])`);

export function splitDocuments(blocks: Block[], trailerTitle: string | null, lex: Lexicon): SplitDocument[] {
  const starts = findTitles(blocks, lex);
  if (starts.length === 0) {
    const title = trailerTitle ?? selfNamedTitle(blocks, lex) ?? '';
    return [makeDocument(0, title, [], [], blocks, lex)];
  }
  const docs: SplitDocument[] = [];
  starts.forEach((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]!.at : blocks.length;
    const body = blocks.slice(start.at + start.length, end);
    const notice = blocks.slice(start.at, start.at + start.noticeLength);
    const titleBlocks = blocks.slice(start.at + start.noticeLength, start.at + start.length);
    docs.push(makeDocument(i, start.title, titleBlocks, notice, body, lex));
  });
  // text before the first title: a collection's site intro is dropped; a lone
  // document keeps it (a scraped page may start mid-document).
  const preamble = blocks.slice(0, starts[0]!.at);
  if (preamble.length && starts.length === 1 && !starts[0]!.collection) {
    // text that ends in `附件1` right above the title is the notice that sends the plan, not part of it
    if (isAnnexLine(preamble.at(-1), lex)) docs[0]!.notice.unshift(...preamble);
    else docs[0]!.blocks.unshift(...preamble);
    // the document number above the title (`辽政办发〔2012〕53号`) dates a plan that writes no year
    docs[0]!.year ??= issueYear(preamble, lex);
  }
  return docs;
}

interface TitleStart {
  at: number;
  /** Blocks from `at` up to the body: the notice (if any) and the title. */
  length: number;
  /** Blocks of the wrapping notice, from `at`. */
  noticeLength: number;
  title: string;
  collection: boolean;
  /** The title is a notice's (`…的通知`): a plan title right after its text is the one that counts. */
  notice: boolean;
}

function findTitles(blocks: Block[], lex: Lexicon): TitleStart[] {
  const collection = collectionTitles(blocks, lex);
  if (collection.length) return collection;
  const starts: TitleStart[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const previous = starts.at(-1);
    const found = plainTitleAt(blocks, i, lex) ?? planNamedBy(previous, blocks[i]!, lex);
    if (!found) continue;
    // a title with nothing under it closing the page (the attachment's link `福软办〔2023〕26号 关于…的通知`, a footer) starts nothing
    if (previous && i + found.length >= blocks.length) break;
    const start = { at: i, length: found.length, noticeLength: 0, title: found.title, collection: false, notice: found.notice };
    // the same title twice in a row (a page header, then the article's own title), maybe with the page's date and source between
    const adjacent = previous && previous.at + previous.length === i;
    if (previous && previous.title === found.title && isPageByline(blocks.slice(previous.at + previous.length, i))) {
      Object.assign(previous, { at: i, length: found.length });
    } else if (adjacent && !previous.notice && found.notice) {
      // a page's title line right over the notice that prints it: the notice's wrapper, the notice's title the one in force
      Object.assign(previous, { length: previous.length + found.length, title: found.title, notice: true });
    } else if (adjacent && !previous.notice) {
      // a second title right under the first (`…汇总表(第四季度)` / `…汇总表(10-12月)`) names the same table
      previous.length += found.length;
    } else if (previous?.notice && isNoticeText(blocks.slice(previous.at + previous.length, i), namesPlan(previous.title, found.title))) {
      // the plan a notice prints: its title is the document's, the notice is its wrapper
      Object.assign(previous, { noticeLength: i - previous.at, length: i - previous.at + found.length, title: found.title, notice: false });
    } else if (!(previous && isAnnexLine(blocks[i - 1], lex))) {
      // an annex's title (`附件` / `任务分解表`) continues the document it is attached to
      starts.push(start);
    }
    i += found.length - 1;
  }
  return starts;
}

/**
 * The text between a notice's title and the plan it prints: addressees, a few paragraphs, the signature, 附件 — no numbered item,
 * unless the notice names the plan that follows (`关于印发X的通知` … `X`): then its own numbered requirements
 * (`并就有关事项通知如下：一、…`) are still the wrapper.
 */
function isNoticeText(blocks: Block[], named: boolean): boolean {
  if (blocks.some((b) => b.cells)) return false;
  if (named) return blocks.length <= 40;
  return blocks.length <= 15 && blocks.every((b) => !MARKER_START.test(b.text));
}

/**
 * A line the notice's title names (`关于印发2006年政府工作报告要求重点做好的工作事项的通知` …
 * `2006年《政府工作报告》要求重点做好的工作事项`): the plan's title, whatever word it ends with.
 */
function planNamedBy(notice: TitleStart | undefined, block: Block, lex: Lexicon): { title: string; length: number; notice: boolean } | null {
  const text = block.text.trim();
  if (!notice?.notice || block.cells || text.length > PLAN_TITLE_MAX || MARKER_START.test(text)) return null;
  // the whole of what the notice prints, not a phrase of it (`政务公开工作要点` in a table)
  const printed = titlePatterns(lex).printed.exec(notice.title)?.[1];
  return printed && titleKey(text) === titleKey(printed) ? { title: text, length: 1, notice: false } : null;
}
const PLAN_TITLE_MAX = 60;

/** Lines between a page's title and its repeat: the date, source and number a page prints under its heading, short each. */
const isPageByline = (between: Block[]): boolean => between.length <= BYLINE_LINES_MAX && between.every((b) => !b.cells && b.text.trim().length <= BYLINE_LINE_MAX);
const BYLINE_LINES_MAX = 4;
const BYLINE_LINE_MAX = 30;

/** The notice's title names the plan title found under it (brackets and quotes aside). */
function namesPlan(noticeTitle: string, planTitle: string): boolean {
  const plan = titleKey(planTitle);
  return plan.length >= 8 && titleKey(noticeTitle).includes(plan);
}
const titleKey = (text: string) => text.replace(/[《》〈〉<>“”"'‘’\s]/g, '');

/** `附件`, `附件2`: the line that opens an annex. */
export function isAnnexLine(block: Block | undefined, lex: Lexicon): boolean {
  return !!block && !block.cells && titlePatterns(lex).annex.test(block.text.trim());
}

/** An untitled text that names itself in its opening (`…编制完成了《X年度工作报告》`). */
function selfNamedTitle(blocks: Block[], lex: Lexicon): string | null {
  const { selfTitle } = titlePatterns(lex);
  for (const block of blocks.slice(0, 2)) {
    const m = block.cells ? null : selfTitle.exec(block.text);
    if (m) return m[1]!;
  }
  return null;
}

function collectionTitles(blocks: Block[], lex: Lexicon): TitleStart[] {
  const { numbered } = titlePatterns(lex);
  const found: TitleStart[] = [];
  blocks.forEach((block, at) => {
    if (block.cells || block.text.length > 70) return;
    if (PIAN_TITLE.test(block.text) || numbered.test(block.text)) {
      found.push({ at, length: 1, noticeLength: 0, title: block.text, collection: true, notice: false });
    }
  });
  // one numbered line alone is more likely a heading than a collection
  return found.length >= 2 ? found : [];
}

/**
 * A title line, or a title split over up to three lines (`2024年创建全国文明城市`
 * / `空调社区工作方案`; `X办公室` / `关于印发…` / `…的通知`), with a note line
 * under it (`(2018—2020年)`).
 */
function plainTitleAt(blocks: Block[], i: number, lex: Lexicon): { title: string; length: number; notice: boolean } | null {
  const found = titleLinesAt(blocks, i, lex);
  if (!found) return null;
  const next = blocks[i + found.length];
  if (next && !next.cells && NOTE_LINE.test(next.text.trim())) return { ...found, title: found.title + next.text.trim(), length: found.length + 1 };
  return found;
}

function titleLinesAt(blocks: Block[], i: number, lex: Lexicon): { title: string; length: number; notice: boolean } | null {
  const first = blocks[i]!;
  if (!isTitleShaped(first, lex)) return null;
  const { plain, notice, formal } = titlePatterns(lex);
  const text = titleText(first, lex);
  if (notice.test(text)) return { title: text, length: 1, notice: true };
  if (text.length > 45 && !first.hint?.title && !formal.test(text)) return null;
  if (plain.test(text) && text.length >= 6 && !COLLECTION_TITLE.test(text)) {
    return { title: text, length: 1, notice: false };
  }
  if (!isTitlePart(first, lex)) return null;
  let joined = text;
  for (let length = 2; length <= 3; length++) {
    const line = blocks[i + length - 1];
    if (!line || !isTitleShaped(line, lex) || !isTitlePart(line, lex) || NOTE_LINE.test(line.text.trim())) return null;
    joined += titleText(line, lex);
    if (joined.length > 80) return null;
    if (notice.test(joined)) return { title: joined, length, notice: true };
    if (plain.test(joined) && (joined.length <= 60 || formal.test(joined))) return { title: joined, length, notice: false };
  }
  return null;
}

/** A date or a signature (the 印发 notice's 成文日期), an annex line or a document number (`辽政办发〔2012〕53号`) is no part of a title split over lines. */
function isTitlePart(block: Block, lex: Lexicon): boolean {
  const text = block.text.trim();
  return !parseDateLine(text, lex) && !/\d{1,2}日$/.test(text) && !isAnnexLine(block, lex) && !DOCUMENT_NUMBER_LINE.test(text);
}
const DOCUMENT_NUMBER_LINE = new RegExp(`^[\\p{Script=Han}]{1,12}${DOCUMENT_NUMBER}$`, 'u');

/** A title line's text without the document number printed after it, the disclosure note or the site's column tag before it (`【市政府重点工作及责任分解】`), or the 《》 around it. */
function titleText(block: Block, lex: Lexicon): string {
  const text = block.text.trim().replace(DOCUMENT_NUMBER_SUFFIX, '').replace(titlePatterns(lex).disclosure, '').replace(COLUMN_TAG, '');
  return /^《[^《》]+》$/.test(text) ? text.slice(1, -1) : text;
}

/**
 * Short (70 characters; a notice's title, which may name two or three plans it prints
 * — `关于印发X和Y的通知` —, 160), no sentence punctuation, no item number.
 */
function isTitleShaped(block: Block, lex: Lexicon): boolean {
  if (block.cells) return false;
  if (block.hint?.title) return true;
  const text = titleText(block, lex);
  const limit = text.length > 70 && titlePatterns(lex).notice.test(text) ? 160 : 70;
  return text.length <= limit && !SENTENCE_PUNCTUATION.test(text) && !MARKER_START.test(text) && block.hint?.marker !== 'automatic';
}

function makeDocument(index: number, title: string, titleBlocks: Block[], notice: Block[], blocks: Block[], lex: Lexicon): SplitDocument {
  return {
    index,
    title,
    kind: documentKind(title, lex) === 'other' ? openingKind(blocks, lex) : documentKind(title, lex),
    year: yearInTitle(title) ?? textYear([...notice, ...blocks].map((b) => b.text).join('\n'), lex) ?? issueYear(blocks, lex) ?? shortYear(blocks),
    titleBlocks,
    notice,
    blocks,
    noticeOnly: titlePatterns(lex).notice.test(title),
  };
}

/**
 * The last kind word in the title decides: `…工作总结及下半年工作计划` is a
 * plan, `…工作计划执行情况的报告` a summary. A name quoted inside the title
 * (`关于印发2022年《政府工作报告》重点任务责任落实分工的通知`) is not its kind;
 * the document it prints is (`…印发《X方案》的通知`).
 */
export function documentKind(title: string, lex: Lexicon): DocumentKind {
  const { kinds } = titlePatterns(lex);
  const words = [...withoutQuotedNames(title, lex).matchAll(kinds)].map((m) => m[1]!);
  const last = words.at(-1);
  if (!last) return 'other';
  return lex.documentKinds.summary.includes(last) ? 'summary' : 'plan';
}

/** `〈政府工作报告〉` always, `《X》` and an unquoted `政府工作报告` unless it is what the title ends with (`印发《X》的通知`). */
function withoutQuotedNames(title: string, lex: Lexicon): string {
  const inner = title.replace(/[〈<][^〈〉<>]*[〉>]/g, '');
  const ending = new RegExp(`^的?(?:${alternation(lex.noticeEndings)})?$`);
  const unquoted = inner.replace(/《([^《》]*)》/g, (quoted: string, name: string, at: number) => (ending.test(inner.slice(at + quoted.length)) ? name : ''));
  return lex.sourceReports.reduce((text, report) => {
    const at = text.indexOf(report);
    return at >= 0 && !ending.test(text.slice(at + report.length)) ? text.slice(0, at) + text.slice(at + report.length) : text;
  }, unquoted);
}

/** An untitled document's kind from the formula of its opening paragraphs; `other` without one. */
function openingKind(blocks: Block[], lex: Lexicon): DocumentKind {
  const opening = blocks.slice(0, 3).map((b) => b.text).join('');
  for (const kind of ['summary', 'plan'] as const) {
    if (lex.documentKindOpenings[kind].some((w) => opening.includes(w))) return kind;
  }
  return 'other';
}

/** A text's year: the first it writes, unless its weekday-dated days name another (`周一（10月25日）` fits 2010 only). */
function textYear(text: string, lex: Lexicon): number | null {
  const found = findYear(text);
  return yearOfWeekdays(text, found, lex) ?? found;
}

/** The year of the issue date a disclosure page's metadata gives (`发文日期 | 2022-07-14`, `生成日期 2020-10-20`), or of the document number on a line of its own at the top (`辽政办发〔2012〕53号`). */
function issueYear(blocks: Block[], lex: Lexicon): number | null {
  for (const block of blocks) {
    const m = issueDate(lex).exec(block.text);
    if (m) return Number(m[1]);
  }
  const numbered = blocks.slice(0, DOCUMENT_NUMBER_REACH).find((b) => DOCUMENT_NUMBER_LINE.test(b.text.trim()));
  return numbered ? Number(/\d{4}/u.exec(numbered.text)![0]) : null;
}
const DOCUMENT_NUMBER_REACH = 3;
const issueDate = memoByLexicon((lex) => new RegExp(`(?:${alternation(lex.issueDateLabels)})[\\s:：|]*((?:19|20)\\d{2})[-./年]\\d{1,2}`, 'u'));

/** A year written with two digits in a full date (`10年2月26日—2月28日`), when the text writes no other: this century's. */
function shortYear(blocks: Block[]): number | null {
  for (const block of blocks) {
    const m = SHORT_YEAR_DATE.exec(block.text);
    if (m) return 2000 + Number(m[1]);
  }
  return null;
}
const SHORT_YEAR_DATE = /(?<![\d〇零一二三四五六七八九])([0-3]\d)年(?:1[0-2]|0?[1-9])月(?:3[01]|[12]\d|0?[1-9])日/u;

/** A title's year: `2024年…`, a school year's term, or a bare `2023创建…`. */
function yearInTitle(title: string): number | null {
  const written = findYear(title);
  if (written !== null) return written;
  const m = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(title);
  return m ? Number(m[1]) : null;
}
