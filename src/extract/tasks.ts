/**
 * Tasks from the outline. In a plan, the leaf items of task sections (主要任务、
 * 重点任务、工作措施 …) are tasks; in a summary, those of its next-steps
 * sections (下一步、下步打算). Anywhere else, an item that carries its own owner
 * line is a task too. A task section without numbered items splits into one
 * task per paragraph.
 */
import type { Block } from '../model/block.js';
import type { Deadline, DocumentKind, Owner, OwnerRole, RosterEntry, SectionKind, Task } from '../model/plan.js';
import { alternation, memoByLexicon, type Lexicon } from '../lexicon/index.js';
import { topLevelSeries } from '../outline/series.js';
import { headText, type OutlineNode } from '../outline/tree.js';
import { sectionKind } from '../outline/classify.js';
import { readBody, type ItemBody } from './body.js';
import { findInlineOwners, parseContinuationOwners, parseOwnerLine, parseRosterLine } from './owners.js';
import { chooseDeadline, isDated, taskDeadline } from './task-deadline.js';
import { findDeadlines, findYear } from './deadline.js';
import { namesStage } from './phases.js';
import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from '../text/numerals.js';
import type { DeadlineContext } from './deadline.js';
import { toLocation } from './location.js';
import { firstSentence, trimPunctuation } from '../text/sentence.js';

export interface TaskContext extends DeadlineContext {
  lexicon: Lexicon;
  documentKind: DocumentKind;
}

/** What walking the outline collects besides tasks. */
export interface TaskHarvest {
  tasks: Task[];
  roster: RosterEntry[];
}

interface Walk {
  ctx: TaskContext;
  harvest: TaskHarvest;
  bodies: Map<OutlineNode, ItemBody>;
  /** Top-level items that stand for a lost task section (see implicitTaskItems). */
  implicit: Set<OutlineNode>;
}

/** Section kinds whose items are tasks, by document kind. */
const TASK_SCOPES: Record<DocumentKind, SectionKind[]> = {
  plan: ['tasks', 'next-steps'],
  summary: ['next-steps'],
  other: ['tasks', 'next-steps'],
};
/** Sections whose items are never tasks, even with owners (rosters, problems). */
const NEVER_TASKS: SectionKind[] = ['organization', 'problems'];

export function collectTasks(root: OutlineNode, ctx: TaskContext): TaskHarvest {
  const walk: Walk = { ctx, harvest: { tasks: [], roster: [] }, bodies: new Map(), implicit: implicitTaskItems(root, ctx) };
  visit(root, [], false, [], walk);
  return walk.harvest;
}

function bodyOf(node: OutlineNode, walk: Walk): ItemBody {
  let body = walk.bodies.get(node);
  if (!body) {
    body = readBody(node.body, walk.ctx.lexicon);
    walk.bodies.set(node, body);
    // a roster can sit in the head line too: `（一）加强组织领导。成立领导小组，区长任组长…`
    const headRoster = node.lead && node.head ? parseRosterLine(node.lead, walk.ctx.lexicon) : null;
    if (headRoster) walk.harvest.roster.push(...headRoster.map((entry) => ({ ...entry, location: toLocation(node.head!) })));
    walk.harvest.roster.push(...body.roster);
  }
  return body;
}

function visit(node: OutlineNode, path: OutlineNode[], inScope: boolean, inherited: Owner[], walk: Walk): void {
  const kind = node.head ? sectionKind(node.heading, walk.ctx.lexicon) : 'other';
  const opensScope = TASK_SCOPES[walk.ctx.documentKind].includes(kind) || walk.implicit.has(node) || announcesTasks(node, walk.ctx.lexicon);
  const scope = NEVER_TASKS.includes(kind) ? false : inScope || opensScope;
  const body = bodyOf(node, walk);
  const here = [...path, node];
  if (node.children.length === 0) {
    if (!node.head) return;
    if (!scope && body.owners.length === 0) return;
    if (TASK_SCOPES[walk.ctx.documentKind].includes(kind) && !inScope && isSectionHeading(node)) {
      paragraphTasks(node, here, walk);
      return;
    }
    walk.harvest.tasks.push(...makeTask(node, path, body, inherited, walk));
    return;
  }
  const headOwners = node.head ? [...body.owners, ...findInlineOwners(node.head.text, walk.ctx.lexicon)] : [];
  const passDown = headOwners.length ? headOwners : inherited;
  applyGroupOwnerLines(node.children, walk);
  for (const child of node.children) visit(child, here, scope, passDown, walk);
}

const announcesTasks = (node: OutlineNode, lex: Lexicon): boolean => {
  const intro = [node.lead, node.body[0]?.text ?? ''].join('');
  return taskIntro(lex).test(intro);
};
const taskIntro = memoByLexicon((lex) => new RegExp(alternation(lex.taskIntroWords)));
const safeguardCue = memoByLexicon((lex) => new RegExp(alternation(lex.safeguardCues)));

/**
 * A plan that lost its section headings (scraped pages often do) still lists
 * its work: with no task section anywhere, each top-level series of items
 * (see outline/series.ts) that is not a classified section, a safeguard list
 * (加强领导、营造氛围 …), a list of one-line definitions (`重教育：崇德尚教；`)
 * or a list of dated stages, is a task list.
 */
function implicitTaskItems(root: OutlineNode, ctx: TaskContext): Set<OutlineNode> {
  const lex = ctx.lexicon;
  if (ctx.documentKind === 'summary' || hasTaskSection(root, ctx)) return new Set();
  const items = topLevelSeries(root).filter((series) => {
    if (series.some((n) => sectionKind(n.heading, lex) !== 'other' || !n.marker)) return false;
    const mostly = (test: (n: OutlineNode) => boolean) => series.filter(test).length * 2 >= series.length;
    // cues count in short headings only: a long first sentence mentions everything
    if (mostly((n) => n.heading.length <= 16 && safeguardCue(lex).test(n.heading))) return false;
    if (series.every((n) => !n.children.length && !n.body.length && !n.lead && n.marker!.rest.length <= 40 && /[：:]/.test(n.marker!.rest))) return false;
    if (mostly((n) => namesStage(n, lex))) return false;
    return true;
  });
  return new Set(items.flat());
}

function hasTaskSection(node: OutlineNode, ctx: TaskContext): boolean {
  if (node.head && TASK_SCOPES[ctx.documentKind].includes(sectionKind(node.heading, ctx.lexicon))) return true;
  return node.children.some((child) => hasTaskSection(child, ctx));
}

/**
 * `（责任单位：…）` on a line of its own after items (1)–(4) covers each of
 * them: copy it to the siblings before it that have no owner of their own.
 */
function applyGroupOwnerLines(children: OutlineNode[], walk: Walk): void {
  let run: ItemBody[] = [];
  for (const child of children) {
    const body = bodyOf(child, walk);
    if (body.owners.length === 0) {
      run.push(body);
      continue;
    }
    if (body.groupOwnerLine && child.children.length === 0) {
      for (const earlier of run) earlier.owners.push(...body.owners);
    }
    run = [];
  }
}

/** A section that opened the task scope itself (主要任务) rather than an item inside it. */
function isSectionHeading(node: OutlineNode): boolean {
  return node.lead === '' && node.heading.length <= 20;
}

/** A paragraph that introduces the list (`实施以下行动。`, `…如下：`) or points to it (`详见附件`) is not a task. */
const intro = memoByLexicon((lex) => new RegExp(`(?:${alternation(lex.introWords)})[^。]{0,12}[：:。]?$|[：:]$`));
const isIntro = (block: Block, lex: Lexicon) => intro(lex).test(block.text);

/**
 * A task section with no numbered items: each paragraph is a task — or, when
 * owner lines follow the work (`责任人：王丹`), the paragraphs up to each owner
 * line are one task, and a short line before them (`公益宣传专项行动。`) names
 * their group. This is what a plan looks like when a .doc loses its numbers.
 */
function paragraphTasks(node: OutlineNode, path: OutlineNode[], walk: Walk): void {
  const lex = walk.ctx.lexicon;
  const blocks = node.body.filter((b) => !b.cells);
  const roles = ownerBlockFlags(blocks, lex);
  const units = roles.some(Boolean) ? ownerDelimitedUnits(blocks, roles, lex) : blocks.filter((b) => !isIntro(b, lex)).map((b) => ({ group: null, blocks: [b] }));
  const perGroup = new Map<Block | null, number>();
  for (const unit of units) perGroup.set(unit.group, (perGroup.get(unit.group) ?? 0) + 1);
  for (const { group, blocks: [head, ...rest] } of units) {
    // a group with one task whose first sentence is a clause (`在迎接…之前，提前开展…`): the group line is its title
    const groupIsTitle = group && perGroup.get(group) === 1 && /[，,]/.test(firstSentence(head!.text));
    const groupNode = group && !groupIsTitle ? [paragraphNode(trimPunctuation(group.text), group, [])] : [];
    const title = groupIsTitle ? trimPunctuation(group!.text) : firstSentence(head!.text, true);
    const paragraph = paragraphNode(title, head!, rest);
    walk.harvest.tasks.push(...makeTask(paragraph, [...path, ...groupNode], readBody(rest, lex), [], walk));
  }
}

function paragraphNode(heading: string, head: Block, body: Block[]): OutlineNode {
  return { marker: null, styleKey: 'paragraph', heading, head, lead: '', body, children: [] };
}

/** Which blocks are owner lines or the bare names that continue one. */
function ownerBlockFlags(blocks: Block[], lex: Lexicon): boolean[] {
  let role: OwnerRole | null = null;
  return blocks.map((block) => {
    const line = parseOwnerLine(block.text, lex);
    role = line ? line.role : role && parseContinuationOwners(block.text, role, lex) ? role : null;
    return role !== null;
  });
}

/** A line that names a group of tasks: short, one clause, followed by more text. */
const isGroupLine = (block: Block) => block.text.length <= 25 && !/[，,；;：:]/.test(trimPunctuation(block.text)) && firstSentence(block.text) === trimPunctuation(block.text);

function ownerDelimitedUnits(blocks: Block[], isOwner: boolean[], lex: Lexicon): { group: Block | null; blocks: Block[] }[] {
  const units: { group: Block | null; blocks: Block[] }[] = [];
  let group: Block | null = null;
  let current: Block[] = [];
  let closed = false;
  const flush = () => {
    if (current.length) units.push({ group, blocks: current });
    current = [];
    closed = false;
  };
  blocks.forEach((block, i) => {
    if (isOwner[i]) {
      current.push(block);
      closed = true;
      return;
    }
    if (closed) flush();
    const next = blocks[i + 1];
    if (isGroupLine(block) && next && !isOwner[i + 1] && !isGroupLine(next)) {
      flush();
      group = block;
      return;
    }
    if (current.length === 0 && isIntro(block, lex)) return;
    current.push(block);
  });
  flush();
  return units;
}

/** `ancestors`: the outline nodes above the task, outermost first. */
function makeTask(node: OutlineNode, ancestors: OutlineNode[], body: ItemBody, inherited: Owner[], walk: Walk): Task[] {
  const ctx = { ...walk.ctx, year: sectionYear(ancestors, walk.ctx) };
  const head = node.head!;
  const blocks = [{ ...head, text: headText(node) }, ...body.text];
  const text = blocks.map((b) => b.text).filter(Boolean).join('\n');
  const owners = dedupeOwners(body.owners.length ? body.owners : inherited.length ? inherited : findInlineOwners(text, ctx.lexicon));
  const { deadline, milestones } = taskDeadline(blocks, ctx);
  const above = ancestors.filter((n) => n.head);
  const task: Task = {
    id: '',
    number: [...above, node].filter((n) => n.marker).map((n) => n.marker!.label),
    title: node.heading || firstSentence(text, true),
    text,
    section: (above[0] ?? node).heading,
    parent: above.at(-1)?.heading ?? null,
    owners,
    deadline: deadline ?? groupDeadline(above.at(-1), ctx),
    milestones,
    location: toLocation(head),
  };
  const parts = inlineSubtasks(task, blocks, ctx);
  return parts.length ? parts : [task];
}

/**
 * The year of a task's dates: a section that names its own year
 * (`三、2025年工作计划` in a 2024 summary) or the next one (`明年工作打算`)
 * overrides the document's.
 */
function sectionYear(ancestors: OutlineNode[], ctx: TaskContext): number | null {
  for (const node of [...ancestors].reverse()) {
    if (!node.head) continue;
    const year = findYear(node.heading);
    if (year !== null) return year;
    if (ctx.year !== null && nextYearWord(ctx.lexicon).test(node.heading)) return ctx.year + 1;
  }
  return ctx.year;
}

const nextYearWord = memoByLexicon((lex) => new RegExp(alternation(lex.nextYearWords)));

/**
 * `（二）整改及创建准备工作（7月15日前完成）` dates the items under it: an item
 * without a date of its own takes its group heading's.
 */
function groupDeadline(parent: OutlineNode | undefined, ctx: TaskContext): Deadline | null {
  if (!parent?.marker) return null;
  const found = chooseDeadline(findDeadlines(parent.marker.rest, ctx));
  return found && isDated(found) ? found : null;
}

/**
 * `（四）突出重点，集中整治。…一是整治市容环境。…二是整治社区、居民小区环境卫生。…`:
 * an item that lists its work as 一是/二是 with short action headings is
 * several tasks. Long pieces (`一是通过总结进一步提高服务质量…`) are reasons, not tasks.
 */
function inlineSubtasks(task: Task, blocks: Block[], ctx: TaskContext): Task[] {
  const pieces = inlineShiItems(task.text);
  if (pieces.length < 2 || pieces.some((p) => firstSentence(p.text).length > 20)) return [];
  return pieces.map((piece) => {
    const block = blocks.find((b) => b.text.includes(piece.text.slice(0, 12))) ?? blocks[0]!;
    const { deadline, milestones } = taskDeadline([{ ...block, text: piece.text }], ctx);
    return {
      ...task,
      number: [...task.number, piece.label],
      title: firstSentence(piece.text),
      text: piece.text,
      parent: task.title,
      deadline: deadline ?? task.deadline,
      milestones,
      location: toLocation(block),
    };
  });
}

const SHI = new RegExp(`(?:^|(?<=[。；;！\\n]))\\s*([${CHINESE_NUMERAL_CHARS}]{1,3})是`, 'g');

/** 一是…二是…三是… in order inside a text; [] when there is no such run. */
function inlineShiItems(text: string): { label: string; text: string }[] {
  const starts: { at: number; length: number; label: string }[] = [];
  for (const m of text.matchAll(SHI)) {
    if (parseChineseNumber(m[1]!) !== starts.length + 1) continue;
    starts.push({ at: m.index, length: m[0].length, label: `${m[1]}是` });
  }
  return starts.map((s, i) => ({ label: s.label, text: text.slice(s.at + s.length, starts[i + 1]?.at ?? text.length).trim() }));
}

function dedupeOwners(owners: Owner[]): Owner[] {
  const seen = new Set<string>();
  return owners.filter((o) => !seen.has(`${o.role}:${o.name}`) && seen.add(`${o.role}:${o.name}`));
}
