/**
 * The text original of every fixtures/docx file: seed 000 read by the text
 * reader, with what only the web page had removed (site boilerplate, the
 * bookmarked one-line duplicate title and the teaser paragraph that repeats
 * the opening and ends in "...").
 */
import { readFileSync } from 'node:fs';
import { readText } from '../../src/readers/text.js';
import { boilerplateLexicon } from '../../src/lexicon/boilerplate.js';

export const SEED_000 = new URL('../../fixtures/seeds/000_6b83b6aff292ad91.txt', import.meta.url);

const boilerplate = boilerplateLexicon.boilerplateLines.map((s) => new RegExp(`^(?:${s})$`));
const isBoilerplate = (t: string) => boilerplate.some((re) => re.test(t));
const isPageArtifact = (t: string) => t.startsWith('[bookmark:') || t.endsWith('...');

/** Texts of the seed's document part, one per block, in order. */
export function seedTexts(): string[] {
  const { blocks } = readText(readFileSync(SEED_000), 'seed-000.txt');
  return blocks.map((b) => b.text).filter((t) => !isBoilerplate(t) && !isPageArtifact(t));
}

const LONE_NUMERAL = /^[一二三四五六七八九十]+$/;
const SHORT_NAME = /^[\u4e00-\u9fff]{2,4}$/;

/**
 * A canonical form for comparing two renderings of one document that differ
 * only in line layout, never in words: the text original puts a heading's
 * number on its own line (`一` / `重点工作`) where Word's automatic numbering
 * gives `一、重点工作`, and lists a second owner on the next line where a Word
 * author separated the names with a full-width space. Everything else must
 * match character for character.
 */
export function canonical(texts: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!;
    const prev = out[out.length - 1];
    if (LONE_NUMERAL.test(t) && i + 1 < texts.length) {
      out.push(`${t}、${texts[++i]}`);
    } else if (prev !== undefined && /^责任人/.test(prev) && SHORT_NAME.test(t)) {
      out[out.length - 1] = `${prev}　${t}`;
    } else {
      out.push(t);
    }
  }
  return out;
}
