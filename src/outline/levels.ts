/**
 * Levels of numbering styles. Chinese official documents nest their numbers
 * in a standard order — 一、 >（一）> 1. >（1）> 1） > ① (GB/T 9704 and common
 * practice) — and most plans follow it, including pages that start in the
 * middle (`（八）…` before `三、`) or number their items straight through
 * sections (`1.`…`45.` under 一/（一）/二). A document may still invert two
 * styles (`1、指导思想 … 3、主要任务（一）…（二）… 4、保障措施`): a series of
 * one style that restarts inside another's run, while that one runs on, is
 * nested in it, and that evidence wins over the standard order.
 */

/** The standard rank of each numbering style; styles without one (一是, 第一阶段) are placed where they first appear. */
export const STANDARD_RANK: Readonly<Record<string, number>> = {
  'cn-dun': 1,
  'cn-paren': 2,
  'ar-dun': 3,
  'ar-paren': 4,
  'ar-half': 5,
  circled: 6,
};

export interface NumberedLine {
  styleKey: string;
  /** The style without a Word list level (`ar-dun@2` → `ar-dun`). */
  style: string;
  value: number;
}

/**
 * `inner` is nested in `outer` when a series of `inner` starts (at 1) after an
 * `outer` item whose number the next `outer` item continues.
 */
function nestings(lines: NumberedLine[], inner: string, outer: string): number {
  let count = 0;
  let lastOuter: number | null = null;
  let pending = false;
  for (const line of lines) {
    if (line.styleKey === outer) {
      if (pending && lastOuter !== null && line.value === lastOuter + 1) count++;
      pending = false;
      lastOuter = line.value;
    } else if (line.styleKey === inner && line.value === 1 && lastOuter !== null) {
      pending = true;
    }
  }
  return count;
}

/**
 * The rank of every style key in a document: the standard rank, moved under
 * another style where the document nests it there and never the other way.
 * Keys with a Word list level (`ar-dun@2`) rank after their style by level.
 */
export function rankStyles(lines: NumberedLine[]): Map<string, number> {
  const keys = [...new Map(lines.map((l) => [l.styleKey, l.style])).entries()].filter(([, style]) => STANDARD_RANK[style] !== undefined);
  const rank = new Map<string, number>(keys.map(([key, style]) => [key, STANDARD_RANK[style]! + levelOffset(key)]));
  const ordered = [...rank.keys()].sort((a, b) => rank.get(a)! - rank.get(b)!);
  for (const upper of ordered) {
    for (const lower of ordered) {
      if (rank.get(upper)! >= rank.get(lower)!) continue;
      // the standard puts `upper` above `lower`; the document may say the reverse
      if (nestings(lines, upper, lower) > 0 && nestings(lines, lower, upper) === 0) {
        rank.set(upper, rank.get(lower)! + 0.5);
      }
    }
  }
  return rank;
}

/** `ar-dun@2` → a small offset by list level, so that deeper Word levels rank lower. */
function levelOffset(key: string): number {
  const at = key.indexOf('@');
  return at < 0 ? 0 : Number(key.slice(at + 1)) * 0.01;
}
