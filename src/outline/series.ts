/**
 * Series: runs of top-level items between numbering restarts. When a scraped
 * plan lost its top-level headings (`（一）…（三）` then `（一）` again), each
 * series stands for one lost section.
 */
import type { OutlineNode } from './tree.js';

export function topLevelSeries(root: OutlineNode): OutlineNode[][] {
  const series: OutlineNode[][] = [];
  let previous: OutlineNode | null = null;
  for (const child of root.children) {
    const restarts =
      previous !== null &&
      (child.styleKey !== previous.styleKey || (child.marker !== null && previous.marker !== null && child.marker.value <= previous.marker.value));
    if (!previous || restarts) series.push([]);
    series.at(-1)!.push(child);
    previous = child;
  }
  return series;
}
