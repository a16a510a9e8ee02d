/**
 * Paragraph styles from word/styles.xml: what a paragraph inherits from its
 * style chain (numbering, outline level) and what the style's name says about
 * headings — built-in `heading N`/`Title`, and the custom Chinese names
 * (`标题 1`, `一级标题`) that templates in Chinese offices use.
 */
import { attr, childInt, childVal, elements } from './xml.js';
import { parseChineseNumber } from '../../text/numerals.js';

export interface NumberingRef {
  numId?: string;
  ilvl?: number;
}

export interface StyleDef {
  id: string;
  name: string;
  basedOn?: string;
  numbering?: NumberingRef;
  /** 0-based w:outlineLvl (9 means body text). */
  outlineLvl?: number;
}

export interface StyleSheet {
  styles: Map<string, StyleDef>;
  /** The paragraph style used when a paragraph names none (usually Normal). */
  defaultParagraphStyle?: string;
}

export function readNumberingRef(pPr: string): NumberingRef | undefined {
  for (const numPr of elements(pPr, 'w:numPr')) {
    const numId = childVal(numPr.inner, 'w:numId');
    const ilvl = childInt(numPr.inner, 'w:ilvl');
    return { numId, ilvl };
  }
  return undefined;
}

export function parseStyles(xml: string | undefined): StyleSheet {
  const styles = new Map<string, StyleDef>();
  let defaultParagraphStyle: string | undefined;
  for (const { attrs, inner } of elements(xml ?? '', 'w:style')) {
    // numbering styles matter too: a w:numStyleLink points at one
    const type = attr(attrs, 'w:type');
    if (type !== 'paragraph' && type !== 'numbering') continue;
    const id = attr(attrs, 'w:styleId') ?? '';
    const pPr = [...elements(inner, 'w:pPr')][0]?.inner ?? '';
    styles.set(id, {
      id,
      name: childVal(inner, 'w:name') ?? id,
      basedOn: childVal(inner, 'w:basedOn'),
      numbering: readNumberingRef(pPr),
      outlineLvl: childInt(pPr, 'w:outlineLvl'),
    });
    if (type === 'paragraph' && attr(attrs, 'w:default') === '1') defaultParagraphStyle = id;
  }
  return { styles, defaultParagraphStyle };
}

/** The style and its ancestors, nearest first (cycles in basedOn are cut). */
export function styleChain(sheet: StyleSheet, id: string | undefined): StyleDef[] {
  const chain: StyleDef[] = [];
  let style = id === undefined ? undefined : sheet.styles.get(id);
  while (style && !chain.includes(style) && chain.length < 20) {
    chain.push(style);
    style = style.basedOn ? sheet.styles.get(style.basedOn) : undefined;
  }
  return chain;
}

/** What a style name alone says: a heading level, or the document title. */
export function headingFromName(name: string): { level?: number; title?: boolean } {
  const n = name.trim();
  if (/^title$/i.test(n) || n === '标题' || n === '文档标题' || n === '大标题') return { title: true };
  const latin = /^heading\s*([1-9])$/i.exec(n);
  if (latin) return { level: Number(latin[1]) };
  const chinese = /^标题\s*([1-9])$/.exec(n);
  if (chinese) return { level: Number(chinese[1]) };
  const ordinal = /^([一二三四五六七八九])级标题$/.exec(n);
  if (ordinal) return { level: parseChineseNumber(ordinal[1]!) ?? undefined };
  return {};
}

/** Heading hints a paragraph gets from its style chain. */
export function styleHeading(sheet: StyleSheet, id: string | undefined): { level?: number; title?: boolean } {
  for (const style of styleChain(sheet, id)) {
    const fromName = headingFromName(style.name);
    if (fromName.level || fromName.title) return fromName;
    if (style.outlineLvl !== undefined && style.outlineLvl < 9) return { level: style.outlineLvl + 1 };
  }
  return {};
}

/** Numbering a paragraph inherits from its style chain (numId and ilvl may come from different ancestors). */
export function styleNumbering(sheet: StyleSheet, id: string | undefined): NumberingRef | undefined {
  let numId: string | undefined;
  let ilvl: number | undefined;
  for (const style of styleChain(sheet, id)) {
    numId ??= style.numbering?.numId;
    ilvl ??= style.numbering?.ilvl;
  }
  return numId === undefined && ilvl === undefined ? undefined : { numId, ilvl };
}
