/**
 * The numbering lexer: recognise the marker at the start of a line in every
 * Chinese style, full- or half-width (the reader already made brackets
 * full-width). Styles carry no level: levels come from the order in which
 * styles appear in each document (see tree.ts).
 */
import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from '../text/numerals.js';
import { codeTable } from '../text/chars.js';

export type MarkerStyle =
  | 'cn-dun' //     一、  (also a bare 一 on its own line)
  | 'cn-paren' //   （一）
  | 'ar-dun' //     1、 1. 1．
  | 'ar-paren' //   （1）
  | 'ar-half' //    1）
  | 'circled' //    ①
  | 'cn-shi' //     一是
  | 'stage' //      第一阶段 / 一阶段 / 第一，
  | 'chapter' //    第一章 / 第一部分 / 第一编
  | 'jie' //        第一节
  | 'bullet'; //    ● ■ ◆ ★ ▲ • (no number: items by position)

export interface Marker {
  style: MarkerStyle;
  /** The counter value (一 → 1), for spotting restarts. */
  value: number;
  /** The marker as written, e.g. `（一）`, `1．`. */
  raw: string;
  /** Canonical form used in numbering paths: 三, （一）, 1, （1）, ①, 一是, 第一阶段. */
  label: string;
  /** The text after the marker. */
  rest: string;
}

const N = `[${CHINESE_NUMERAL_CHARS}]{1,4}`;
const BULLETS = '●■◆★▲•▪◇○□☆➢➤◎';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const PARENTHESIZED = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';

interface StylePattern {
  style: MarkerStyle;
  pattern: RegExp;
  label: (n: string) => string;
}

/** Order matters: the first pattern that matches wins. */
const PATTERNS: StylePattern[] = [
  { style: 'cn-paren', pattern: new RegExp(`^（(${N})）\\s*`), label: (n) => `（${n}）` },
  { style: 'ar-paren', pattern: /^（(\d{1,2})）\s*/, label: (n) => `（${n}）` },
  // `⑴`…`⒇` (U+2474–U+2487): one character for `（1）`…`（20）`, the same style
  { style: 'ar-paren', pattern: new RegExp(`^([${PARENTHESIZED}])\\s*`), label: (n) => n },
  // 第一章 / 第一部分 / 第一节: the parts of a long plan, above its 一、
  { style: 'chapter', pattern: new RegExp(`^(第${N})(章|编|部分)[：、，。．.\\s]?\\s*`), label: (n) => n },
  { style: 'jie', pattern: new RegExp(`^(第${N})(节)[：、，。．.\\s]?\\s*`), label: (n) => n },
  // 第一阶段 / 一阶段 take any text after; a bare 第一 needs punctuation (第一书记 is not a marker)
  { style: 'stage', pattern: new RegExp(`^(第${N}|${N}(?=阶段))(阶段|步)[：、，。．.\\s]?\\s*`), label: (n) => n },
  { style: 'stage', pattern: new RegExp(`^(第${N})()[：、，]\\s*`), label: (n) => n },
  { style: 'cn-dun', pattern: new RegExp(`^(${N})\\s*[、，．.]\\s*`), label: (n) => n },
  { style: 'cn-dun', pattern: new RegExp(`^(${N})$`), label: (n) => n },
  // `1.5` is a decimal; `1.2023年9月2日开始`, `3.11月底前` are an item number run into a date (a decimal is no year or month)
  { style: 'ar-dun', pattern: /^(\d{1,2})\s*(?:[、，．]|\.(?!\d)|\.(?=\d{4}年|\d{1,2}月))\s*/, label: (n) => n },
  { style: 'ar-half', pattern: /^(\d{1,2})）\s*/, label: (n) => `${n}）` },
  { style: 'circled', pattern: new RegExp(`^([${CIRCLED}])\\s*[、．.]?\\s*`), label: (n) => n },
  { style: 'cn-shi', pattern: new RegExp(`^(${N})是(?=[^\\s，,。：:])`), label: (n) => `${n}是` },
  // a bullet needs text after it; its label is set by position among its siblings (tree.ts)
  { style: 'bullet', pattern: new RegExp(`^([${BULLETS}])\\s*(?=\\S)`), label: (n) => n },
];

/**
 * The characters a marker can start with (every pattern is anchored at its
 * first character, no space before it): most lines start with none, and
 * then none of the patterns needs to run.
 */
const MARKER_FIRST = codeTable(`（${PARENTHESIZED}第${CHINESE_NUMERAL_CHARS}0123456789${CIRCLED}${BULLETS}`);

export function lexMarker(text: string): Marker | null {
  if (!MARKER_FIRST[text.charCodeAt(0)]) return null;
  for (const { style, pattern, label } of PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const value = markerValue(style, m[1]!);
    if (value === null || value === 0) continue;
    const rest = text.slice(m[0].length).trim();
    if (style === 'chapter' || style === 'jie') {
      return { style, value, raw: m[0].trim(), label: m[1]! + m[2]!, rest };
    }
    if (style === 'stage') {
      // 第一阶段 keeps its noun; 第一， is an enumeration word
      const noun = m[2] ?? '';
      const stageLabel = (m[1]!.startsWith('第') ? m[1]! : `第${m[1]!}`) + noun;
      return { style, value, raw: m[0].trim(), label: stageLabel, rest };
    }
    if (style === 'cn-shi' && rest.length < 2) continue;
    return { style, value, raw: m[0].trim(), label: label(m[1]!), rest };
  }
  return null;
}

function markerValue(style: MarkerStyle, n: string): number | null {
  if (style === 'circled') return CIRCLED.indexOf(n) + 1;
  if (PARENTHESIZED.includes(n)) return PARENTHESIZED.indexOf(n) + 1;
  if (style === 'bullet') return 1;
  return parseChineseNumber(n.replace(/^第/, ''));
}
