/**
 * Field lines: a label and a value that describe the item before them —
 * `责任单位：市教育局`, `（六）完成时限：2008年内`, `牵头单位：A；配合单位：B`,
 * a label alone on its line with the value on the next (`责任单位` / `卫健局`),
 * or a whole bracketed line `（责任单位：…）`. A field is never an item or a
 * section, whatever its numbering.
 */
import type { Block } from '../model/block.js';
import { OwnerRole } from '../model/plan.js';
import { alternation, memoByLexicon, type Lexicon } from '../lexicon/index.js';

export type FieldKind = OwnerRole | 'deadline' | 'period' | 'funding' | 'content' | 'other' | 'task';

export interface Field {
  /** The label as written, qualifier included (`省牵头单位`). */
  label: string;
  kind: FieldKind;
  /** The value as written, without the label and colon; '' for a label alone on its line. */
  value: string;
  /** A strong label is a field wherever it stands; a weak one (`具体任务`) only after a head line. */
  strong: boolean;
}

export interface FieldLine {
  fields: Field[];
  /** The line is only a label: its value is on the lines after it. */
  labelOnly: boolean;
  /** The whole line was in brackets (`（责任单位：…）`): it may cover the items before it. */
  bracketed: boolean;
}

interface LabelTable {
  kindOf: Map<string, { kind: FieldKind; strong: boolean }>;
  /** a label at the start, with an optional qualifier and a bracketed note: `省牵头单位（人）` */
  start: RegExp;
  /** a label after a clause end or a space, with a colon: the next field of the same line */
  next: RegExp;
  /** a label in lenticular brackets (`【责任单位】市教育局【完成时限】…`): a label and its colon */
  lenticular: RegExp;
  /** a strong label after a clause end inside a paragraph (`…服务。责任单位：…`, `…工程，牵头部门：…`, `…。【责任单位】…`): the clause end, an opening 【, the label's close */
  runIn: RegExp;
}

const labels = memoByLexicon((lex): LabelTable => {
  const kindOf = new Map<string, { kind: FieldKind; strong: boolean }>();
  for (const [role, words] of Object.entries(lex.ownerLabels) as [OwnerRole, string[]][]) {
    for (const w of words) kindOf.set(w, { kind: role, strong: true });
  }
  for (const [kind, words] of Object.entries(lex.fieldLabels) as [FieldKind, string[]][]) {
    for (const w of words) if (!kindOf.has(w)) kindOf.set(w, { kind, strong: true });
  }
  for (const w of lex.weakFieldLabels.task) if (!kindOf.has(w)) kindOf.set(w, { kind: 'task', strong: false });
  const words = alternation([...kindOf.keys()]);
  const qualifier = `(?:${alternation(lex.fieldLabelQualifiers)})?`;
  const note = '(?:（[^（）]{1,8}）)?';
  const strongWords = alternation([...kindOf].filter(([, v]) => v.strong).map(([w]) => w));
  return {
    kindOf,
    start: new RegExp(`^(${qualifier}(${words})${note})(?:及[\\u4e00-\\u9fff]{1,6})?\\s*([：:]+|$)`),
    next: new RegExp(`(?:[；;，,。]\\s*|\\s+)(${qualifier}(${words})${note})\\s*[：:]+`, 'g'),
    lenticular: new RegExp(`【(${qualifier}(?:${words}))】\\s*`, 'g'),
    // one alternation of the words, not one per bracket form inside a lookahead: V8 compiles that 5× slower, on every start
    runIn: new RegExp(`([。；;，,]\\s*)(【?)${qualifier}(?:${strongWords})(】|${note}\\s*[：:])`, 'g'),
  };
});

const BRACKETS: Record<string, string> = { '（': '）', '〔': '〕', '【': '】', '[': ']' };

/** `（…）` → `…` when one bracket pair wraps the whole line. */
function unwrap(text: string): string | null {
  const close = BRACKETS[text[0] ?? ''];
  if (!close || !text.endsWith(close)) return null;
  const inner = text.slice(1, -1);
  let depth = 0;
  for (const c of inner) {
    if (c === text[0]) depth++;
    else if (c === close && --depth < 0) return null;
  }
  return depth === 0 ? inner : null;
}

/**
 * The fields of a line (after its numbering marker, if any); null when the
 * line does not start with a field label.
 */
export function readFieldLine(text: string, lex: Lexicon): FieldLine | null {
  const inner = unwrap(text.trim());
  const table = labels(lex);
  const body = (inner ?? text).trim().replace(table.lenticular, (_, label: string, at: number) => `${at === 0 ? '' : '；'}${label}：`);
  const m = table.start.exec(body);
  if (!m) return null;
  const colon = m[3]!;
  const first = table.kindOf.get(m[2]!)!;
  if (!colon) {
    // a label alone on its line (`责任单位`), its value on the next
    return body.length === m[0].length ? { fields: [{ label: m[1]!, kind: first.kind, value: '', strong: first.strong }], labelOnly: true, bracketed: inner !== null } : null;
  }
  const fields: Field[] = [];
  let label = m[1]!;
  let info = first;
  let from = m[0].length;
  table.next.lastIndex = from;
  for (let n = table.next.exec(body); n; n = table.next.exec(body)) {
    fields.push({ label, kind: info.kind, value: body.slice(from, n.index).trim(), strong: info.strong });
    label = n[1]!;
    info = table.kindOf.get(n[2]!)!;
    from = n.index + n[0].length;
  }
  fields.push({ label, kind: info.kind, value: body.slice(from).trim(), strong: info.strong });
  return { fields, labelOnly: false, bracketed: inner !== null };
}

/** A run-in field value is a name list or a date, not a sentence. */
const RUN_IN_VALUE_MAX = 60;

/**
 * Fields written at the end of an item's paragraph, after its last sentence
 * (`1.完善企业开办服务。责任单位：市市场监管局 完成时限：2024年9月`,
 * `…全程网办。【责任单位】市行政审批局【完成时限】2024年12月底`): the paragraph
 * becomes the item and a field line after it, so they are read as any field
 * line of the item. Only strong labels, and only when everything after the
 * label reads as fields with short values.
 */
export function splitRunInFields(blocks: Block[], lex: Lexicon): Block[] {
  return blocks.flatMap((block) => {
    const span = block.cells ? null : runInFieldSpan(block.text, lex);
    if (!span) return [block];
    const parts = [block.text.slice(0, span.start).trimEnd(), block.text.slice(span.start, span.end).trim(), block.text.slice(span.end).trim()];
    return parts.filter((text, k) => k < 2 || text).map((text, k) => (k === 0 ? { ...block, text } : { text, location: block.location }));
  });
}

/**
 * Where the run-in fields of a paragraph start and end: to the paragraph's
 * end, or — when the fields open a clause (`1、农村道路畅通工程，牵头部门：市交通局。建设进度…`)
 * — to the end of their sentence, the sentences after them being the item's
 * text again.
 */
function runInFieldSpan(text: string, lex: Lexicon): { start: number; end: number } | null {
  // the pattern ends every label with 】 or a colon: a paragraph with neither (most) is not tried at each clause end
  if (!RUN_IN_CLOSE.test(text)) return null;
  const { runIn } = labels(lex);
  for (const m of text.matchAll(runIn)) {
    // `【label】` or `label：`, never `【label：` or `label】`
    if ((m[2] === '【') !== (m[3] === '】')) continue;
    const start = m.index + m[1]!.length;
    // inside a bracket (`[牵头单位：A；责任单位：B]`) the labels are the bracket's, read with it
    if (openBrackets(text.slice(0, start)) > 0) continue;
    if (readsAsFields(text.slice(start), lex)) return { start, end: text.length };
    const close = text.indexOf('。', start);
    if (/[，,]/u.test(m[1]!) && close > 0 && readsAsFields(text.slice(start, close + 1), lex)) return { start, end: close + 1 };
  }
  return null;
}

const RUN_IN_CLOSE = /[】：:]/;

/** Everything is fields of strong labels with short values: names or dates, no sentence. */
function readsAsFields(text: string, lex: Lexicon): boolean {
  const line = readFieldLine(text, lex);
  return !!line && !line.labelOnly && line.fields.every((f) => f.strong && f.value && f.value.length <= RUN_IN_VALUE_MAX && !/[。！？].+$/u.test(f.value));
}

function openBrackets(text: string): number {
  let depth = 0;
  for (const c of text) {
    if ('（([〔【'.includes(c)) depth++;
    else if ('）)]〕】'.includes(c) && depth > 0) depth--;
  }
  return depth;
}

/** Field kinds that name owners. */
export const OWNER_FIELDS: readonly FieldKind[] = OwnerRole.options;

/** A label alone on its line is a field when it is strong, or when a strong one follows within a few lines (a label/value block). */
export function startsLabelBlock(lines: (FieldLine | null)[], i: number): boolean {
  if (lines[i]?.fields[0]!.strong) return true;
  return lines.slice(i + 1, i + 4).some((l) => l?.labelOnly && l.fields[0]!.strong);
}
