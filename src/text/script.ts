/**
 * Traditional script (`牽頭`, `責任單位`, `工作要點`): plans re-published in
 * Hong Kong, Taiwan or by mirror sites. Every lexicon is simplified, so a
 * traditional text is folded to simplified character by character for reading
 * and the results are unfolded again, so that titles and owners come out as
 * the document writes them. One character maps to one character, which keeps
 * positions and lengths; the fold table comes from OpenCC (opencc-js), loaded
 * only when a text is traditional.
 */
import { createRequire } from 'node:module';
import { codeTable } from './chars.js';

/**
 * Frequent characters that exist only in traditional script. A simplified
 * text never holds them, so a few of them mark a traditional text cheaply,
 * without loading the conversion table.
 */
const TRADITIONAL_MARKERS = codeTable(
  '這個們時會與為國來對發單責辦務區縣經實點關於門開間長東車書見說話問題幾處鎮鄉協調職權業產現進過還應當級機構際環議讓頭規劃準確屬總結設計體認識領導組織負牽');
const CJK = /[\u4e00-\u9fff]/;

/**
 * Whether a text is written in traditional script: enough marker characters, relative to its length.
 * Every file's first 20,000 characters are counted: by code unit, no string per character (text/chars.ts).
 */
export function isTraditional(text: string): boolean {
  let markers = 0;
  let cjk = 0;
  const length = Math.min(text.length, 20000);
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (TRADITIONAL_MARKERS[code]) markers++;
    else if (code >= 0x4e00 && code <= 0x9fff) cjk++;
  }
  return markers >= 5 && markers >= (markers + cjk) * 0.01;
}

type Convert = (text: string) => string;
let toSimplified: Convert | null = null;

function converter(): Convert {
  if (!toSimplified) {
    // opencc-js's CommonJS build loads synchronously, so the pure pipeline stays synchronous
    const require = createRequire(import.meta.url);
    const opencc = require('opencc-js/t2cn') as { Converter(options: { from: string; to: string }): Convert };
    toSimplified = opencc.Converter({ from: 't', to: 'cn' });
  }
  return toSimplified;
}

/** Folds texts to simplified one character at a time and remembers what each simplified character was written as. */
export class ScriptFolder {
  private readonly single = new Map<string, string>();
  /** simplified character → how often each original stood for it */
  private readonly seen = new Map<string, Map<string, number>>();
  private unfoldTable: Map<string, string> | null = null;

  fold(text: string): string {
    let out = '';
    for (const ch of text) {
      const folded = this.foldChar(ch);
      if (CJK.test(folded)) this.count(folded, ch);
      out += folded;
    }
    return out;
  }

  /** A result string written back in the document's script: each folded character as the document wrote it most often. */
  unfold(text: string): string {
    const table = (this.unfoldTable ??= this.buildUnfold());
    if (table.size === 0) return text;
    let out = '';
    for (const ch of text) out += table.get(ch) ?? ch;
    return out;
  }

  private foldChar(ch: string): string {
    let folded = this.single.get(ch);
    if (folded === undefined) {
      const converted = CJK.test(ch) ? converter()(ch) : ch;
      // only one-to-one foldings: lengths and positions stay as written
      folded = [...converted].length === 1 ? converted : ch;
      this.single.set(ch, folded);
    }
    return folded;
  }

  private count(folded: string, original: string): void {
    let originals = this.seen.get(folded);
    if (!originals) this.seen.set(folded, (originals = new Map()));
    originals.set(original, (originals.get(original) ?? 0) + 1);
    this.unfoldTable = null;
  }

  private buildUnfold(): Map<string, string> {
    const table = new Map<string, string>();
    for (const [folded, originals] of this.seen) {
      let best = folded;
      let bestCount = 0;
      for (const [original, n] of originals) if (n > bestCount) [best, bestCount] = [original, n];
      if (best !== folded) table.set(folded, best);
    }
    return table;
  }
}

/** Every string inside a JSON-like value, mapped. */
export function mapStrings<T>(value: T, map: (text: string) => string): T {
  if (typeof value === 'string') return map(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, map)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = mapStrings(v, map);
    return out as T;
  }
  return value;
}
