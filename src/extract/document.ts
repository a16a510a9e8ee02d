/**
 * One split document → its PlanDocument: section tree, tasks, phases,
 * problems and leadership roster.
 */
import type { Block } from '../model/block.js';
import type { PlanDocument, Problem, Section, Task } from '../model/plan.js';
import type { Lexicon } from '../lexicon/index.js';
import type { SplitDocument } from '../documents/split.js';
import { buildOutline, headText, isOrphan, type OutlineNode } from '../outline/tree.js';
import { splitRunInFields } from '../outline/fields.js';
import { splitRunOnItems } from '../outline/run-on.js';
import { sectionKind } from '../outline/classify.js';
import { lexMarker } from '../outline/marker.js';
import { collectTasks } from './tasks.js';
import { collectTableTasks } from './tables.js';
import { findDurationStart, findWeek, parseDateLine } from '../grammar/deadline.js';
import { collectPhases } from './phases.js';
import { readLines } from './item.js';
import { toLocation } from './location.js';
import { explainDocument } from './explain.js';
import type { BlockNote } from '../model/explain.js';
import type { Message } from '../model/message.js';
import { extractMessages } from './messages.js';
import { append } from '../text/lists.js';

export interface ExtractOptions {
  lexicon: Lexicon;
  /** The year for dates without one when the document does not give it (--year). */
  year?: number | null;
  /** When given, receives each block's role and why (`plan-parse explain`). */
  notes?: BlockNote[];
  /** Receives the extractors' decisions a user should know of (a table read as content). */
  messages?: Message[];
}

export function extractDocument(doc: SplitDocument, options: ExtractOptions): PlanDocument {
  const lex = options.lexicon;
  const signed = withoutSignature(doc.blocks, lex);
  const { signedOn, signature } = signed;
  const body = splitRunInFields(splitRunOnItems(signed.body), lex);
  const root = buildOutline(body, lex, options.messages ? { document: doc.index, sink: options.messages } : undefined);
  const date = signedOn ?? noticeDate(root.body, lex) ?? noticeDate(doc.notice, lex);
  const year = doc.year ?? (date && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null) ?? options.year ?? null;
  const base = { lexicon: lex, year };
  const durationStart = findDurationStart(body.map((b) => b.text), base);
  const week = findWeek(body.map((b) => b.text), base);
  const ctx = { ...base, documentKind: doc.kind, noticeOnly: doc.noticeOnly, ...(durationStart ? { durationStart } : {}), ...(week ? { week } : {}) };
  const outlined = collectTasks(root, ctx);
  const tabled = collectTableTasks(body, root, ctx);
  // an item that only heads table rows (`（一）王宏副市长牵头重点工作`) is their group, not a task
  const outlinedTasks = outlined.tasks.filter((t) => !tabled.groupLines.has(t.location.line));
  const tasks = [...outlinedTasks, ...tabled.tasks].sort((a, b) => a.location.line - b.location.line);
  tasks.forEach((task, i) => (task.id = `t${i + 1}`));
  const roster = outlined.roster;
  const phases = collectPhases(root, ctx);
  if (options.messages) append(options.messages, extractMessages(doc.index, body, tabled.parts));
  if (options.notes) {
    const trace = { index: doc.index, body, signature, root, decisions: outlined.decisions, tables: tabled.parts, tasks, phases };
    append(options.notes, explainDocument(trace, lex));
  }
  const all = [...doc.notice, ...doc.titleBlocks, ...doc.blocks];
  const first = all[0];
  const last = all.at(-1);
  return {
    index: doc.index,
    title: doc.title,
    kind: doc.kind,
    year,
    date,
    location: {
      start: first ? toLocation(first) : { line: 1 },
      end: last ? toLocation(last) : { line: 1 },
    },
    sections: root.children.filter((node) => !node.field && !isOrphan(node, root)).map((node) => toSection(node, lex)),
    tasks,
    phases,
    problems: collectProblems(root, lex),
    organization: roster,
  };
}

/** The signature a document ends with — the office (落款) and the 成文日期 — is no part of its last item. */
const SIGNATURE_LINE = /^[^，。；：,;:！？]{2,25}$/;

/**
 * Lines a notice's closing wraps around its signature: a disclosure note
 * (`（此件公开发布）`), contacts (`联系人：…`), closers (`此通知`) and the
 * annex list (`附件：…推进情况表`).
 */
function isClosingLine(block: Block, lex: Lexicon): boolean {
  if (block.cells) return false;
  const text = block.text.trim().replace(/^[（(]|[)）]$/g, '');
  return (
    lex.disclosureNotes.includes(text) ||
    lex.closingLines.includes(text.replace(/[。.]$/, '')) ||
    lex.contactWords.some((w) => text.startsWith(w)) ||
    lex.annexLines.some((a) => new RegExp(`^${a}[：:]`).test(text))
  );
}

function withoutSignature(blocks: Block[], lex: Lexicon): { body: Block[]; signedOn: string | null; signature: Block[] } {
  let end = blocks.length;
  while (end > 0 && (blocks[end - 1]!.cells || isClosingLine(blocks[end - 1]!, lex))) end--;
  const last = blocks[end - 1];
  const signedOn = last && !last.cells ? parseDateLine(last.text, lex) : null;
  if (!signedOn) return { body: blocks, signedOn: null, signature: [] };
  let start = end - 1;
  // up to two office lines above the date (`XX街道办事处` / `XX领导小组办公室`), and the closing lines around them
  let offices = 0;
  while (start > 0 && !blocks[start - 1]!.cells) {
    const above = blocks[start - 1]!;
    if (isClosingLine(above, lex)) start--;
    else if (offices < 2 && SIGNATURE_LINE.test(above.text) && !lexMarker(above.text)) (start--, offices++);
    else break;
  }
  const trailing = blocks.slice(end).filter((b) => b.cells);
  return { body: [...blocks.slice(0, start), ...trailing], signedOn, signature: blocks.slice(start).filter((b) => !b.cells) };
}

/** Without a signature, the date of the 印发 notice (above the first section, or wrapping the plan). */
function noticeDate(blocks: Block[], lex: Lexicon): string | null {
  for (const block of blocks) {
    const date = block.cells ? null : parseDateLine(block.text, lex);
    if (date) return date;
  }
  return null;
}

function toSection(node: OutlineNode, lex: Lexicon): Section {
  return {
    number: node.marker?.label ?? null,
    heading: node.heading,
    kind: sectionKind(node.heading, lex),
    location: toLocation(node.head!),
    children: node.children.filter((child) => !child.field).map((child) => toSection(child, lex)),
  };
}

/** The items (or, without items, the paragraphs) of 存在问题 sections. */
function collectProblems(root: OutlineNode, lex: Lexicon): Problem[] {
  const problems: Problem[] = [];
  const visit = (node: OutlineNode) => {
    if (node.head && sectionKind(node.heading, lex) === 'problems') {
      const items = node.children.length ? node.children.flatMap(leaves) : readLines(node.body, lex).text.map(paragraphItem);
      append(problems, items.map(({ text, head }) => ({ text, location: toLocation(head) })));
      return;
    }
    node.children.forEach(visit);
  };
  visit(root);
  return problems;
}

function leaves(node: OutlineNode): { text: string; head: Block }[] {
  if (node.children.length) return node.children.flatMap(leaves);
  const text = [headText(node), ...node.body.map((b) => b.text)].join('\n');
  return [{ text, head: node.head! }];
}

function paragraphItem(block: Block): { text: string; head: Block } {
  return { text: block.text, head: block };
}
