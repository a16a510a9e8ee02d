/**
 * Enumerations inside a paragraph: `（1）…（2）…`, `①…②…`, and the
 * 一是…二是… family (`一是要…；二要…；三要…`). A run counts only when it is
 * numbered 1, 2, 3… in order and each marker opens a sentence or clause.
 */
import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from '../text/numerals.js';

export interface InlineItem {
  /** The label used in numbering paths: `（1）`, `①`, `一`. */
  label: string;
  /** The piece's text, marker excluded. */
  text: string;
  /** Offset of the marker in the paragraph. */
  at: number;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const CLAUSE_START = '(?:^|(?<=[。；;！!？?：:，,）\\n\\s]))';
/** `（1）`, `(1)` and `①` after a clause end or a closing bracket (`…（X牵头负责）（2）…`). */
const PAREN_ITEM = new RegExp(`${CLAUSE_START}(?:（(\\d{1,2})）|([${CIRCLED}]))`, 'g');
/** `一是`, `二要`, `三是要`: the numeral (and 是) is the marker, `要…` stays in the text. */
const SHI_ITEM = new RegExp(`${CLAUSE_START}([${CHINESE_NUMERAL_CHARS}]{1,3})(?:是|(?=要))(?=[^\\s，,。：:；;])`, 'g');

/**
 * What each pattern cannot match without: a bracketed digit or a circled
 * number; a numeral then 是 or 要. With the clause-start lookbehind at their
 * head, V8 tries the patterns at every index of every task's text; one scan
 * for these first rejects most texts several times faster.
 */
const PAREN_ITEM_NEEDS = new RegExp(`（\\d|[${CIRCLED}]`);
const SHI_ITEM_NEEDS = new RegExp(`[${CHINESE_NUMERAL_CHARS}][是要]`);

function ordered(text: string, re: RegExp, valueOf: (m: RegExpExecArray) => number | null, labelOf: (m: RegExpExecArray) => string): InlineItem[] {
  const starts: { at: number; length: number; label: string }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (valueOf(m) !== starts.length + 1) continue;
    starts.push({ at: m.index, length: m[0].length, label: labelOf(m) });
  }
  if (starts.length < 2) return [];
  return starts.map((s, i) => ({ label: s.label, at: s.at, text: text.slice(s.at + s.length, starts[i + 1]?.at ?? text.length).trim() }));
}

/** `（1）…（2）…` or `①…②…` inside a text; [] when there is no such run of two or more. */
export function parenItems(text: string): InlineItem[] {
  if (!PAREN_ITEM_NEEDS.test(text)) return [];
  return ordered(
    text,
    PAREN_ITEM,
    (m) => (m[1] ? Number(m[1]) : CIRCLED.indexOf(m[2]!) + 1),
    (m) => (m[1] ? `（${m[1]}）` : m[2]!),
  );
}

/** `一是…二是…`, `一要…二要…` inside a text; [] when there is no such run of two or more. */
export function shiItems(text: string): InlineItem[] {
  if (!SHI_ITEM_NEEDS.test(text)) return [];
  return ordered(text, SHI_ITEM, (m) => parseChineseNumber(m[1]!), (m) => m[1]!);
}
