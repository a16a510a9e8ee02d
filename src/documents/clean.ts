/**
 * Clean: drop what web pages and scrapers wrap around a document (site
 * headers, "相关文章" lists, share buttons, teaser paragraphs) so that only the
 * document text reaches the splitter.
 */
import type { Block } from '../model/block.js';
import { memoByLexicon, type Lexicon } from '../lexicon/index.js';

export interface CleanResult {
  blocks: Block[];
  /** A title named by a closing line like `以上就是X的全部内容`, for files that lost their title line. */
  trailerTitle: string | null;
}

const boilerplatePattern = memoByLexicon(
  (lex) => new RegExp(`^(?:${lex.boilerplateLines.join('|')})$`),
);

/** Inline scraper debris, removed from inside lines. */
const INLINE_DEBRIS = /\[bookmark:[^\]]*\]|\[\d+\]|\[\]/g;
const TRAILER_TITLE = /^以上就是(.+?)的全部内容/;
const TEASER_END = /(\.{3,}|…+)$/;

export function cleanBlocks(blocks: Block[], lex: Lexicon): CleanResult {
  let trailerTitle: string | null = null;
  const kept: Block[] = [];
  const isBoilerplate = boilerplatePattern(lex);
  for (const [i, block] of blocks.entries()) {
    const text = block.text.replace(INLINE_DEBRIS, '').trim();
    if (!text) continue;
    const trailer = block.cells ? null : TRAILER_TITLE.exec(text);
    if (trailer) trailerTitle ??= trailer[1]!.trim();
    if (!block.cells && isBoilerplate.test(text) && !inSerialRun(blocks, i)) continue;
    kept.push(text === block.text ? block : { ...block, text });
  }
  return { blocks: kept.filter((b, i) => !isTeaser(kept, i)), trailerTitle };
}

/** How far a serial's next or previous number may be: a row of a table copied one cell per line. */
const SERIAL_REACH = 16;

/**
 * A number alone on its line is a page counter (`1234` reads), unless the
 * number after or before it stands a few lines away: then it numbers the rows
 * of a table copied one cell per line (`20181215` … `20181216`, a 计划编号).
 */
function inSerialRun(blocks: Block[], i: number): boolean {
  const text = blocks[i]!.text.trim();
  if (!/^\d+$/u.test(text)) return false;
  const n = Number(text);
  const near = blocks.slice(Math.max(0, i - SERIAL_REACH), i + SERIAL_REACH + 1).map((b) => b.text.trim());
  return near.includes(String(n + 1)) || near.includes(String(n - 1));
}

/**
 * A teaser repeats the opening of the text that follows and ends in `...`:
 * sites print it above the article. It is recognised by content, not position.
 */
function isTeaser(blocks: Block[], i: number): boolean {
  const text = blocks[i]!.text;
  if (!TEASER_END.test(text) || blocks[i]!.cells) return false;
  const body = squash(text.replace(TEASER_END, ''));
  if (body.length < 10) return false;
  let following = '';
  for (let j = i + 1; j < blocks.length && following.length < body.length + 40; j++) {
    following += squash(blocks[j]!.text);
  }
  // allow the teaser to carry the title, which may not repeat right after it
  return following.startsWith(body) || following.includes(body.slice(Math.min(40, body.length / 3)));
}

function squash(text: string): string {
  return text.replace(/[\s\u3000]/g, '');
}
