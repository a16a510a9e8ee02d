/**
 * Word automatic numbering, rebuilt from word/numbering.xml the way Word
 * counts: one set of counters per abstract definition (so numIds that share
 * one continue one sequence), restarted by a num's w:startOverride the first
 * time that num is used, lower levels reset when a higher level advances
 * (subject to w:lvlRestart), and w:lvlText rendered with each level's format.
 */
import { attr, childFlag, childInt, childVal, elements } from './xml.js';
import { formatNumber, isSilentFormat } from './formats.js';
import { styleNumbering, type StyleSheet } from './styles.js';

export interface LevelDef {
  start: number;
  numFmt: string;
  lvlText: string;
  /** 1-based level whose use restarts this one; 0 = never; undefined = any higher level. */
  lvlRestart?: number;
  /** Legal numbering: every %N shows in decimal. */
  isLgl: boolean;
  /** What Word puts between marker and text. */
  suff: 'tab' | 'space' | 'nothing';
  /** Paragraph style linked to this level (`w:pStyle` inside `w:lvl`). */
  pStyle?: string;
}

interface AbstractNum {
  id: string;
  levels: Map<number, LevelDef>;
  numStyleLink?: string;
}

interface NumInstance {
  abstractId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, LevelDef>;
}

export interface NumberingDefs {
  abstracts: Map<string, AbstractNum>;
  nums: Map<string, NumInstance>;
  /** Values beyond what Word itself accepts, clamped (for the file's warnings). */
  clamped: Clamps;
}

/** Word has levels 0–8 and starts numbering at most at 32767: anything beyond is damage, and would cost work. */
export const MAX_LEVEL = 8;
export const MAX_START = 32767;

/** The values clamped while reading one file, by what they were (`w:start 2147483647`). */
export class Clamps {
  readonly seen = new Set<string>();

  clamp(value: number, min: number, max: number, what: string): number {
    if (value >= min && value <= max) return value;
    this.seen.add(`${what} ${value}`);
    return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
  }

  /** One warning line, or none. */
  warning(): string | undefined {
    if (this.seen.size === 0) return undefined;
    const list = [...this.seen];
    const shown = list.slice(0, 3).join(', ') + (list.length > 3 ? `, … (${list.length} in all)` : '');
    return `numbering values beyond Word's limits were clamped (levels 0–${MAX_LEVEL}, starts 0–${MAX_START}): ${shown}`;
  }
}

function parseLevel(attrs: string, inner: string, clamps: Clamps): [number, LevelDef] {
  const suff = childVal(inner, 'w:suff');
  const level: LevelDef = {
    start: clamps.clamp(childInt(inner, 'w:start') ?? 0, 0, MAX_START, 'w:start'),
    numFmt: childVal(inner, 'w:numFmt') ?? 'decimal',
    lvlText: childVal(inner, 'w:lvlText') ?? '',
    lvlRestart: childInt(inner, 'w:lvlRestart'),
    isLgl: childFlag(inner, 'w:isLgl'),
    suff: suff === 'space' || suff === 'nothing' ? suff : 'tab',
    pStyle: childVal(inner, 'w:pStyle'),
  };
  return [levelIndex(attr(attrs, 'w:ilvl'), clamps), level];
}

/** A `w:ilvl` value as a level 0–8; levels that cannot be read are level 0, as in Word. */
function levelIndex(value: string | undefined, clamps: Clamps): number {
  const n = Number(value ?? 0);
  return Number.isNaN(n) ? 0 : clamps.clamp(Math.trunc(n), 0, MAX_LEVEL, 'w:ilvl');
}

function parseLevels(xml: string, clamps: Clamps): Map<number, LevelDef> {
  return new Map([...elements(xml, 'w:lvl')].map((e) => parseLevel(e.attrs, e.inner, clamps)));
}

function parseNum(inner: string, clamps: Clamps): NumInstance {
  const num: NumInstance = { abstractId: childVal(inner, 'w:abstractNumId') ?? '', startOverrides: new Map(), levelOverrides: new Map() };
  for (const o of elements(inner, 'w:lvlOverride')) {
    const ilvl = levelIndex(attr(o.attrs, 'w:ilvl'), clamps);
    const start = childInt(o.inner, 'w:startOverride');
    if (start !== undefined) num.startOverrides.set(ilvl, clamps.clamp(start, 0, MAX_START, 'w:startOverride'));
    const level = parseLevels(o.inner, clamps).get(ilvl);
    if (level) num.levelOverrides.set(ilvl, level);
  }
  return num;
}

export function parseNumbering(xml: string | undefined): NumberingDefs {
  const abstracts = new Map<string, AbstractNum>();
  const nums = new Map<string, NumInstance>();
  const clamped = new Clamps();
  for (const { attrs, inner } of elements(xml ?? '', 'w:abstractNum')) {
    const id = attr(attrs, 'w:abstractNumId') ?? '';
    abstracts.set(id, { id, levels: parseLevels(inner, clamped), numStyleLink: childVal(inner, 'w:numStyleLink') });
  }
  for (const { attrs, inner } of elements(xml ?? '', 'w:num')) {
    nums.set(attr(attrs, 'w:numId') ?? '', parseNum(inner, clamped));
  }
  return { abstracts, nums, clamped };
}

/** What one numbered paragraph shows. */
export interface RenderedNumber {
  /** The marker exactly as Word draws it (`一、`, `（二）`, `①`); '' for bullets and `none`. */
  marker: string;
  suffix: LevelDef['suff'];
  level: number;
  numFmt: string;
}

/** Counts numbered paragraphs in document order. One instance per document. */
export class NumberingCounter {
  private readonly counters = new Map<string, (number | null)[]>();
  private readonly usedNums = new Set<string>();

  constructor(
    private readonly defs: NumberingDefs,
    private readonly sheet: StyleSheet,
  ) {}

  /**
   * The abstract definition a num counts in. A `w:numStyleLink` points at a
   * numbering style whose own numId leads to the definition that holds the levels.
   */
  private resolveAbstract(num: NumInstance): AbstractNum | undefined {
    let abstract = this.defs.abstracts.get(num.abstractId);
    for (let hops = 0; abstract?.numStyleLink && hops < 5; hops++) {
      const linkedNumId = styleNumbering(this.sheet, abstract.numStyleLink)?.numId;
      const linked = linkedNumId === undefined ? undefined : this.defs.nums.get(linkedNumId);
      const next = linked && this.defs.abstracts.get(linked.abstractId);
      if (!next || next === abstract) break;
      abstract = next;
    }
    return abstract;
  }

  /** The level a paragraph of `styleId` is at when its numbering names no ilvl: the level linked to that style. */
  levelForStyle(numId: string, styleId: string | undefined): number {
    const num = this.defs.nums.get(numId);
    const abstract = num && this.resolveAbstract(num);
    if (!abstract || styleId === undefined) return 0;
    for (const [ilvl, level] of abstract.levels) if (level.pStyle === styleId) return ilvl;
    return 0;
  }

  /** Advance the counters for a paragraph numbered (numId, ilvl) and render its marker; null when the numbering is empty or unknown. */
  next(numId: string, rawLevel: number): RenderedNumber | null {
    const ilvl = this.defs.clamped.clamp(rawLevel, 0, MAX_LEVEL, 'w:ilvl');
    const num = this.defs.nums.get(numId);
    const abstract = num && this.resolveAbstract(num);
    if (!num || !abstract) return null;
    const levelOf = (k: number) => num.levelOverrides.get(k) ?? abstract.levels.get(k);
    const level = levelOf(ilvl);
    if (!level) return null;
    const startOf = (k: number) => num.startOverrides.get(k) ?? levelOf(k)?.start ?? 0;
    const counters = this.countersFor(abstract.id);
    if (!this.usedNums.has(numId)) {
      // a num with a start override begins a new list the first time it is used
      this.usedNums.add(numId);
      for (const k of num.startOverrides.keys()) counters[k] = null;
    }
    counters[ilvl] = counters[ilvl] == null ? startOf(ilvl) : counters[ilvl]! + 1;
    this.resetLowerLevels(counters, ilvl, levelOf);
    const marker = isSilentFormat(level.numFmt)
      ? ''
      : level.lvlText.replace(/%([1-9])/g, (_, d: string) => {
          const k = Number(d) - 1;
          const fmt = level.isLgl ? 'decimal' : levelOf(k)?.numFmt ?? 'decimal';
          return isSilentFormat(fmt) ? '' : formatNumber(counters[k] ?? startOf(k), fmt);
        });
    return { marker, suffix: level.suff, level: ilvl, numFmt: level.numFmt };
  }

  private countersFor(abstractId: string): (number | null)[] {
    let counters = this.counters.get(abstractId);
    if (!counters) {
      counters = new Array<number | null>(9).fill(null);
      this.counters.set(abstractId, counters);
    }
    return counters;
  }

  /** Levels below `ilvl` start again, unless their w:lvlRestart says they only restart after a higher level. */
  private resetLowerLevels(counters: (number | null)[], ilvl: number, levelOf: (k: number) => LevelDef | undefined): void {
    for (let k = ilvl + 1; k < counters.length; k++) {
      const restart = levelOf(k)?.lvlRestart;
      if (restart === undefined || (restart > 0 && ilvl < restart)) counters[k] = null;
    }
  }
}
