/** How a deadline reads in a terminal. */
import type { Deadline } from '../model/plan.js';

export function describeDeadline(d: Deadline | null): string {
  if (!d) return '';
  if (d.vague) return `${d.text}（模糊）`;
  switch (d.kind) {
    case 'range':
      return `${d.start ?? '?'} → ${d.end ?? '?'}`;
    case 'before':
      return `≤ ${d.end}`;
    case 'date':
      return d.start && d.start !== d.end ? `${d.end}（${d.start} 起）` : d.end ?? d.text;
    case 'recurring':
    case 'ongoing':
      return d.text;
    case 'relative':
      return d.end ? `≤ ${d.end}（${d.text}）` : d.text;
  }
}
