/** Paragraphs a copy ran together into one line. */
import type { Block } from '../model/block.js';

/**
 * A page saved as one long line with its paragraphs joined by single spaces
 * (`…督查 这次又有哪些脏乱差被曝光呢？ 1.市场内无障碍卫生间堆放有杂物； 整改责任单位：…`):
 * Chinese puts no space between words, so in a long line with many of them a
 * space after a clause end, or before an item number, is a paragraph break
 * the copy lost. Other lines stay as they are.
 */
export function runTogetherParagraphs(line: string): { text: string; column: number }[] {
  if (!line) return [];
  const whole = [{ text: line, column: 1 }];
  if (line.length < RUN_TOGETHER_MIN) return whole;
  if ((line.match(PARAGRAPH_SPACE) ?? []).length < RUN_TOGETHER_BREAKS) return whole;
  const pieces: { text: string; column: number }[] = [];
  let from = 0;
  // each piece keeps the column it starts at: the pieces of one line stay in order
  for (const m of [...line.matchAll(PARAGRAPH_SPACE), { index: line.length, 0: '' }]) {
    const text = line.slice(from, m.index).trim();
    if (text) pieces.push({ text, column: from + 1 });
    from = m.index! + m[0].length;
  }
  return pieces;
}
const RUN_TOGETHER_MIN = 300;
const RUN_TOGETHER_BREAKS = 6;
/**
 * A space after a clause's end and before a CJK character, a number or a
 * bracket (`。 2.`, `； 整改时限`), before an item number after a word, a closing
 * bracket or a colon (`…13日前 1.员工食堂…`, `…县财政局 二、曹惠明常务副县长牵头重点工作`,
 * `…各乡镇场） 2.全面开展…`, `…通知如下： 一、重点督办事项`),
 * or after a time limit that closes a field line (`整改时限：2021年8月13日前
 * 操作间存在鼠粪…`): field lines end without punctuation.
 */
const PARAGRAPH_SPACE =
  /(?<=[。；！？;!?])\s+(?=[\u4e00-\u9fff\d（(])|(?<=[\u4e00-\u9fff）)：:])\s+(?=\d{1,2}[.．、](?!\d)[\u4e00-\u9fffA-Za-z]|[一二三四五六七八九十]{1,3}、)|(?<=[：:]\d{4}年\d{1,2}月(?:\d{1,2}日)?[底前]{0,2})\s+(?=[\u4e00-\u9fff])/gu;

/** The blocks of one line or paragraph at `location`: one, or a block per run-together paragraph, each with its column. */
export function runTogetherBlocks(text: string, location: Block['location']): Pick<Block, 'text' | 'location'>[] {
  const pieces = runTogetherParagraphs(text);
  return pieces.length > 1 ? pieces.map((piece) => ({ text: piece.text, location: { ...location, column: piece.column } })) : pieces.map((piece) => ({ text: piece.text, location }));
}
