/**
 * Levels of numbering styles. Chinese official documents nest their numbers
 * in a standard order — 一、 >（一）> 1. >（1）> 1） > ① (GB/T 9704 and common
 * practice) — and most plans follow it, including pages that start in the
 * middle (`（八）…` before `三、`) or number their items straight through
 * sections (`1.`…`45.` under 一/（一）/二). A document may still invert two
 * styles (`1、指导思想 … 3、主要任务（一）…（二）… 4、保障措施`): a style whose
 * series runs on across another's items, while the other never runs on
 * across it, is above it, and that evidence wins over the standard order.
 */

/** The standard rank of each numbering style; styles without one (一是, 第一阶段) are placed where they first appear. */
export const STANDARD_RANK: Readonly<Record<string, number>> = {
  chapter: -1,
  jie: 0,
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
 * How often a series of `outer` runs on across `inner` items: an `outer`
 * item that continues the one before it (value + 1) with `inner` items in
 * between. `1、…3、主要任务（一）…（二）…4、保障措施` shows ar-dun running on
 * across cn-paren; items numbered straight through sections (`（一）1.…8.
 * （二）9.…`) show both running on across each other, which proves nothing,
 * and neither does a run-on across a section of a style above both
 * (`11.` `二、` `（一）` `12.`).
 */
function runsAcross(lines: NumberedLine[], outer: string, inner: string, above: (line: NumberedLine) => boolean): number {
  let count = 0;
  let last: number | null = null;
  let crossed = false;
  let through = false;
  for (const line of lines) {
    if (line.styleKey === outer) {
      if (crossed && !through && last !== null && line.value === last + 1) count++;
      last = line.value;
      crossed = false;
      through = false;
    } else if (line.styleKey === inner && last !== null) {
      crossed = true;
    } else if (last !== null && above(line)) {
      // a section of a style above both came between (`11.` `二、` `（一）` `12.`): numbered straight through sections
      through = true;
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
      const aboveBoth = (line: NumberedLine) => STANDARD_RANK[line.style] !== undefined && STANDARD_RANK[line.style]! < Math.min(rank.get(upper)!, rank.get(lower)!);
      if (runsAcross(lines, lower, upper, aboveBoth) > 0 && runsAcross(lines, upper, lower, aboveBoth) === 0) {
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
