/**
 * Tasks from the outline. Every item is read for its facts (item.ts); its
 * leaves — and the enumerations inside a paragraph (`（1）…（2）…`,
 * `一是…二要…`) — are candidates, and evidence.ts decides which are tasks
 * from their owners, deadline and the kind of section they sit in. Group
 * items pass their owners and dates down; a task section without numbered
 * items splits into one task per paragraph (or per owner-delimited unit).
 */
import type { Block } from '../model/block.js';
import type { Deadline, DocumentKind, Owner, OwnerRole, RosterEntry, SectionKind, Task } from '../model/plan.js';
import { alternation, memoByLexicon, type Lexicon } from '../lexicon/index.js';
import { topLevelSeries } from '../outline/series.js';
import { headText, isOrphan, type OutlineNode } from '../outline/tree.js';
import { sectionKind } from '../outline/classify.js';
import { readItem, readLines, fieldValue, type ItemFacts } from './item.js';
import { closingBracketOwners, ownedPieces, dedupeOwners, findInlineOwners, isLeadRemark, groupHeadingOwners, parseContinuationOwners, parseOwnerLine, parseRosterLine, subjectOwners, unitHeadingOwners } from './owners.js';
import { chooseDeadline, isDated, taskDeadline } from './task-deadline.js';
import { findDeadlines, findYear, parseDeadline } from '../grammar/deadline.js';
import { parenItems, shiItems, type InlineItem } from './inline.js';
import { decideTask, type Scope, type TaskDecision } from './evidence.js';
import { isStage } from './phases.js';
import type { DeadlineContext } from '../grammar/deadline.js';
import { sourceOrder, toLocation } from './location.js';
import { firstSentence, trimPunctuation } from '../text/sentence.js';
import { append, largest } from '../text/lists.js';
import { OWNER_FIELDS, readFieldLine } from '../outline/fields.js';

export interface TaskContext extends DeadlineContext {
  lexicon: Lexicon;
  documentKind: DocumentKind;
  /** The document is a notice whose plan is not on the page: its numbered paragraphs are requirements, not a lost task list. */
  noticeOnly?: boolean;
}

/** What walking the outline collects besides tasks. */
export interface TaskHarvest {
  tasks: Task[];
  roster: RosterEntry[];
  /** Every candidate weighed, task or not, and why (for `plan-parse explain`). */
  decisions: ItemDecision[];
}

export interface ItemDecision {
  line: number;
  number: string[];
  decision: TaskDecision;
}

interface Walk {
  ctx: TaskContext;
  root: OutlineNode;
  harvest: TaskHarvest;
  facts: Map<OutlineNode, ItemFacts>;
  /** Top-level items that stand for a lost task section (see implicitTaskItems). */
  implicit: Set<OutlineNode>;
  /** The one time limit a rectification notice gives all its problems (see blanketDeadline). */
  blanket: Deadline | null;
  /** Owners named by an office line over a list (see unitHeadings). */
  offices: WeakSet<Owner>;
}

/** Section kinds whose word decides the scope of what is under them. */
const DECISIVE: SectionKind[] = ['guidance', 'goals', 'tasks', 'schedule', 'safeguards', 'organization', 'problems', 'next-steps', 'background'];

export function collectTasks(root: OutlineNode, ctx: TaskContext): TaskHarvest {
  const walk: Walk = { ctx, root, harvest: { tasks: [], roster: [], decisions: [] }, facts: new Map(), implicit: implicitTaskItems(root, ctx), blanket: blanketDeadline(root, ctx), offices: new WeakSet() };
  const children = items(root);
  const offices = asOffices(unitHeadings(root, children, ctx.lexicon), walk);
  // top-level lists are closed by their owner lines as nested ones are (`1.…；` `2.…。` / `整改责任单位：…`)
  applyGroupOwnerLines(children, walk);
  openingOwnedParagraphs(root, walk);
  for (const child of children) visit(child, [], 'none', officeAbove(offices, child) ?? [], walk);
  labelBlockTask(root, walk);
  if (children.length === 0) categoryParagraphTasks(root, walk);
  if (statesLeadPosition(root, ctx.lexicon)) for (const task of walk.harvest.tasks) firstNamedLeads(task);
  return walk.harvest;
}

/** A remark anywhere in the plan says the first name of each list leads (`（首位单位为牵头单位，下同）`). */
function statesLeadPosition(root: OutlineNode, lex: Lexicon): boolean {
  const said = (node: OutlineNode): boolean => [node.head, ...node.body].some((b) => b && isLeadRemark(b.text, lex)) || node.children.some(said);
  return said(root);
}

/** The first owner leads where no owner is labelled as leading. */
function firstNamedLeads(task: Task): void {
  const first = task.owners.find((o) => o.role !== 'support');
  if (first && !task.owners.some((o) => o.role === 'lead')) first.role = 'lead';
}

/** The item children of a node (numbered fields are its facts, not items). */
const items = (node: OutlineNode) => node.children.filter((c) => !c.field);

function factsOf(node: OutlineNode, walk: Walk): ItemFacts {
  let facts = walk.facts.get(node);
  if (!facts) {
    facts = readItem(node, walk.ctx.lexicon);
    walk.facts.set(node, facts);
    // a roster can sit in the head line too: `（一）加强组织领导。成立领导小组，区长任组长…`
    const headRoster = node.lead && node.head ? parseRosterLine(node.lead, walk.ctx.lexicon) : null;
    if (headRoster) walk.harvest.roster.push(...headRoster.map((entry) => ({ ...entry, location: toLocation(node.head!) })));
    walk.harvest.roster.push(...facts.roster);
  }
  return facts;
}

/** The kind a node's heading gives what is under it; null when it gives none. */
function ownKind(node: OutlineNode, walk: Walk): SectionKind | null {
  const lex = walk.ctx.lexicon;
  const kind = sectionKind(node.heading, lex);
  // 工作措施 beside 重点任务: the measures that carry the work out, as 保障措施 are
  if (kind === 'tasks' && namesMeasures(node.heading, lex) && hasWorkSection(walk.root, lex)) return 'safeguards';
  if (DECISIVE.includes(kind)) return kind;
  if (walk.implicit.has(node) || announcesTasks(node, walk.ctx.lexicon)) return 'tasks';
  return null;
}

const measureWord = memoByLexicon((lex) => new RegExp(alternation(lex.measureWords)));
const namesMeasures = (heading: string, lex: Lexicon): boolean => measureWord(lex).test(heading);

const workSections = new WeakMap<OutlineNode, boolean>();
/** A task section that names the work, not measures (`重点任务`, `主要任务`), anywhere in the plan. */
function hasWorkSection(root: OutlineNode, lex: Lexicon): boolean {
  let found = workSections.get(root);
  if (found === undefined) {
    const visit = (node: OutlineNode): boolean =>
      (node.head !== null && sectionKind(node.heading, lex) === 'tasks' && !namesMeasures(node.heading, lex)) || node.children.some(visit);
    found = visit(root);
    workSections.set(root, found);
  }
  return found;
}

function visit(node: OutlineNode, path: OutlineNode[], scope: Scope, inherited: Owner[], walk: Walk): void {
  const facts = factsOf(node, walk);
  const own = ownKind(node, walk);
  // the steps under a stage (`（一）第一阶段（准备阶段）（…）` / `1、…`) are the stage's, as a schedule's items are
  const inner: Scope = node.head && isStage(node, walk.ctx.lexicon) ? 'schedule' : finePoint(node, walk.ctx.lexicon) ? 'background' : own ?? (scope === 'none' && !isOrphan(node, walk.root) ? 'other' : scope);
  const children = items(node);
  const here = [...path, node];
  if (children.length) {
    // a goals heading's own paragraph before its items (`二、目标任务` / `2020年底，城区…`): a task numbered by the heading when it is due by a date
    if (own === 'goals' && node.body.some((b) => !b.cells)) consider(makeTask(node, path, facts, inherited, walk), path, 'goals', walk, node);
    const groupOwners = groupHeadingOwners(node.heading, walk.ctx.lexicon);
    const headOwners = [...facts.owners, ...findInlineOwners(node.head?.text ?? '', walk.ctx.lexicon), ...groupOwners];
    applyGroupOwnerLines(children, walk, groupOwners.some((o) => o.role === 'lead'));
    const offices = asOffices(unitHeadings(node, children, walk.ctx.lexicon), walk);
    for (const child of children) visit(child, here, inner, headOwners.length ? headOwners : officeAbove(offices, child) ?? inherited, walk);
    return;
  }
  // an item of a lost task section (implicit) is one task, however many paragraphs it has
  if ((own === 'tasks' || own === 'next-steps') && !walk.implicit.has(node) && isSectionHeading(node) && facts.text.length > 1) {
    paragraphTasks(node, here, own, walk);
    return;
  }
  if (ownedParagraphTasks(node, path, inner, walk)) return;
  // two owner field lines at least: the item's own, and one closing the work after it
  const tail = facts.fields.length >= 2 ? fieldClosedRuns(node.body, walk.ctx.lexicon) : null;
  if (tail) {
    const own: OutlineNode = { ...node, body: tail.own };
    visit(own, path, scope, inherited, walk);
    for (const run of tail.runs) consider(runTask(run, path, walk), path, inner, walk);
    return;
  }
  const pieces = inlineTasks(node, path, facts, walk);
  if (pieces) {
    // the pieces of `（四）突出重点，集中整治。…一是…二是…` are that measure's work
    const action = isActionCouplet(node.heading);
    for (const piece of pieces) consider(piece, path, inner, walk, undefined, action);
    return;
  }
  // a top-level item is its own section: its heading's kind decides
  const candidateScope: Scope = path.length === 0 && own ? own : scope;
  if (isLostGroup(node, path, facts, walk)) return;
  // `（一）省监察厅牵头的工作` over one paragraph: the heading gives the lead, the paragraph the work
  const ownGroup = groupHeadingOwners(headLine(node), walk.ctx.lexicon);
  consider(makeTask(node, path, facts, ownGroup.length ? ownGroup : inherited, walk), path, candidateScope, walk, node);
}

/** An inspected point whose verdict, before its items, says it is fine (`该点位文明创建工作整体良好。`): its items are findings. */
function finePoint(node: OutlineNode, lex: Lexicon): boolean {
  return node.body.some((b) => !b.cells && lex.fineVerdicts.some((w) => b.text.includes(w)) && b.text.length <= FINE_VERDICT_MAX);
}
const FINE_VERDICT_MAX = 40;

/** The unit lines (`发展中心：`) in a node's text and its items' trailing text, by line: each heads the items after it. */
function unitHeadings(node: OutlineNode, children: OutlineNode[], lex: Lexicon): { line: number; owners: Owner[] }[] {
  const bodies = [node.body, ...children.map((c) => (items(c).length ? [] : c.body))];
  return bodies.flatMap((body) =>
    body.flatMap((b, k) => {
      // only right over the list (`发展中心：` / `1、…`; `市卫生局` / `2011年重点工作目标责任书（4项）` / `1、…`): not an addressee over a notice's text, not a signature
      const overList = k >= body.length - HEADING_REACH && body.slice(k + 1).every((n) => !/[。；，,：:]/u.test(n.text));
      const owners = b.cells || !overList ? [] : unitHeadingOwners(b.text, lex);
      return owners.length ? [{ line: b.location.line ?? 0, owners: owners.map((o): Owner => ({ ...o, via: 'inline' })) }] : [];
    }),
  );
}
/** A unit line heads the items after it when at most one title line stands between them. */
const HEADING_REACH = 2;

/** The office lines' owners, known to the walk as an office's. */
function asOffices(offices: { line: number; owners: Owner[] }[], walk: Walk): { line: number; owners: Owner[] }[] {
  for (const office of offices) for (const owner of office.owners) walk.offices.add(owner);
  return offices;
}

function officeAbove(offices: { line: number; owners: Owner[] }[], child: OutlineNode): Owner[] | undefined {
  const at = child.head?.location.line ?? 0;
  return offices.filter((o) => o.line < at).at(-1)?.owners;
}

function consider(task: Task, path: OutlineNode[], scope: Scope, walk: Walk, node?: OutlineNode, action = false): void {
  const evidence = {
    owners: task.owners,
    deadline: task.deadline,
    stage: node ? isStage(node, walk.ctx.lexicon) : false,
    definition: node ? isDefinition(node, walk) : false,
    actionHeading: action || isActionCouplet(task.title),
    section: path.length === 0 && !!node && !isOrphan(node, walk.root),
    underStage: path.some((n) => n.head !== null && isStage(n, walk.ctx.lexicon)),
    ownDeadline: !!task.deadline && task.text.includes(task.deadline.text),
  };
  const decision = decideTask(evidence, scope, walk.ctx.documentKind);
  walk.harvest.decisions.push({ line: task.location.line, number: task.number, decision });
  if (decision.task) walk.harvest.tasks.push(task);
}

/** `深入宣传，强力造势`: two four-character verb phrases, the way measures are headed. */
const isActionCouplet = (title: string): boolean => /^[\u4e00-\u9fff]{4}[，,、][\u4e00-\u9fff]{4}$/.test(trimPunctuation(title));

/** `重教育：崇德尚教，尊师重教，劝学助教` — a slogan defined in one line, not work. */
function isDefinition(node: OutlineNode, walk: Walk): boolean {
  const facts = factsOf(node, walk);
  const rest = node.marker?.rest ?? '';
  return facts.text.length === 1 && !node.lead && rest.length <= 40 && /^[^，。；]{2,8}[：:]/.test(rest);
}

/**
 * `2.健全应急管理体制和运行机制` with nothing under it, among siblings that
 * are groups: a group whose items the page lost, not a task.
 */
function isLostGroup(node: OutlineNode, path: OutlineNode[], facts: ItemFacts, walk: Walk): boolean {
  const parent = path.at(-1) ?? walk.root;
  // counted once per parent, not per child: 200,000 sibling items stay linear (issue 12)
  const { count, groups } = siblingsOf(parent);
  const own = items(node).length ? 1 : 0;
  if (count - 1 <= 0 || groups - own <= 0) return false;
  if (node.lead || facts.text.length > 1 || facts.owners.length || facts.fields.length) return false;
  // a sentence that assigns work (`…由消防部门负责督促整改`) is an item, not a heading
  return node.heading.length <= 30 && findInlineOwners(headText(node), walk.ctx.lexicon).length === 0;
}

const siblingCache = new WeakMap<OutlineNode, { length: number; count: number; groups: number }>();
/** A node's item children: how many, and how many of them have items of their own. */
function siblingsOf(parent: OutlineNode): { count: number; groups: number } {
  const cached = siblingCache.get(parent);
  if (cached && cached.length === parent.children.length) return cached;
  const all = items(parent);
  const entry = { length: parent.children.length, count: all.length, groups: all.filter((s) => items(s).length).length };
  siblingCache.set(parent, entry);
  return entry;
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
  if (ctx.documentKind === 'summary' || ctx.noticeOnly || hasTaskSection(root, lex)) return new Set();
  const found = topLevelSeries(root).filter((series) => {
    if (series.some((n) => sectionKind(n.heading, lex) !== 'other' || !n.marker || n.field)) return false;
    const mostly = (test: (n: OutlineNode) => boolean) => series.filter(test).length * 2 >= series.length;
    // cues count in short headings only: a long first sentence mentions everything
    if (mostly((n) => n.heading.length <= 16 && safeguardCue(lex).test(n.heading))) return false;
    if (series.every((n) => !n.children.length && !n.body.length && !n.lead && n.marker!.rest.length <= 40 && /[：:]/.test(n.marker!.rest))) return false;
    if (mostly((n) => isStage(n, lex))) return false;
    if (NOT_WORK.includes(introducedAs(root, series[0]!, lex))) return false;
    return true;
  });
  return new Set(found.flat());
}

/** Kinds of a label line over a list that say the list is no work: what was done, what is wrong. */
const NOT_WORK: readonly SectionKind[] = ['background', 'problems'];

/** The kind a label line right above a series names (`整改完成情况：` / `1、…` `2、…`): a section heading without a number. */
function introducedAs(root: OutlineNode, first: OutlineNode, lex: Lexicon): SectionKind {
  const line = first.head?.location.line ?? 0;
  const above = root.body.filter((b) => (b.location.line ?? 0) < line).at(-1);
  const label = above?.text.trim().match(/^(.{2,16})[：:]$/u)?.[1];
  return label ? sectionKind(label, lex) : 'other';
}

function hasTaskSection(node: OutlineNode, lex: Lexicon): boolean {
  if (node.head && ['tasks', 'next-steps'].includes(sectionKind(node.heading, lex))) return true;
  return node.children.some((child) => hasTaskSection(child, lex));
}

/**
 * `（责任单位：…）` on a line of its own after items (1)–(4) covers each of
 * them: copy it to the siblings before it that have no owner of their own.
 * So does a field line after the last piece of an enumerated list
 * (`（1）…；` `（2）…；` `（3）…。` / `问题整改责任单位：市科技馆 整改时限：3天`): the
 * pieces before it, each ending in `；`, get its owners and its deadline.
 * Under a heading that names the group's lead (`（三）省编办牵头的工作`), a
 * line of helping units after the last item (`协同单位：省财政厅…`) helps
 * with every item of the group.
 */
function applyGroupOwnerLines(children: OutlineNode[], walk: Walk, ledGroup = false): void {
  let run: { node: OutlineNode; facts: ItemFacts }[] = [];
  for (const child of children) {
    const facts = factsOf(child, walk);
    if (facts.owners.length === 0) {
      run.push({ node: child, facts });
      continue;
    }
    if ((facts.groupOwnerLine || closesList(child, facts, run.map((r) => r.node), walk.ctx.lexicon) || (ledGroup && helpsGroup(child, facts, children))) && items(child).length === 0) {
      const deadlines = facts.groupOwnerLine ? [] : facts.fields.filter((f) => f.kind === 'deadline');
      for (const earlier of run) {
        append(earlier.facts.owners, facts.owners);
        if (!fieldValue(earlier.facts, ['deadline'])) append(earlier.facts.fields, deadlines);
      }
    }
    run = [];
  }
}

/** The last item of a led group, whose only owner fields name helping units. */
function helpsGroup(node: OutlineNode, facts: ItemFacts, siblings: OutlineNode[]): boolean {
  const owned = facts.fields.filter((f) => OWNER_FIELDS.includes(f.kind));
  return node === siblings.at(-1) && owned.length > 0 && owned.every((f) => f.kind === 'support');
}

/** The owner fields come after the item's own text, and every sibling before it is a list piece ending in `；`. */
function closesList(node: OutlineNode, facts: ItemFacts, before: OutlineNode[], lex: Lexicon): boolean {
  if (before.length === 0 || !before.every((n) => LIST_PIECE_END.test(headText(n).trim()) && !n.body.length)) return false;
  // work after the closing field line, closed by its own, is no text of this item (fieldClosedRuns)
  const runs = new Set(facts.fields.length >= 2 ? fieldClosedRuns(node.body, lex)?.runs.flat() : []);
  const lastText = largest(facts.text.filter((b) => !runs.has(b)), sourceOrder, 0);
  const owned = facts.fields.filter((f) => OWNER_FIELDS.includes(f.kind));
  return owned.length > 0 && owned.every((f) => sourceOrder(f.block) > lastText) && !node.body.some((b) => b.cells);
}
const LIST_PIECE_END = /[；;]$/u;

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
function paragraphTasks(node: OutlineNode, path: OutlineNode[], scope: Scope, walk: Walk): void {
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
    const facts = readLines(rest, lex);
    facts.text.unshift(head!);
    consider(makeTask(paragraph, [...path, ...groupNode], facts, [], walk), path, scope, walk);
  }
}

/**
 * Work after an item's closing field line that is closed by a field line of
 * its own (`2.食品添加剂堆放不规范。` / `整改责任单位：…` / `操作间存在鼠粪…。` /
 * `整改责任单位：…`): the last entries of a list that lost their numbers, each
 * a task. The item keeps its text, its fields, and text no field line closes.
 */
function fieldClosedRuns(body: Block[], lex: Lexicon): { own: Block[]; runs: Block[][] } | null {
  const owned = body.map((b) => !b.cells && isOwnerFieldLine(b.text, lex));
  const first = owned.indexOf(true);
  if (first < 0) return null;
  let k = first;
  while (k < body.length && owned[k]) k++;
  const own = body.slice(0, k);
  const runs: Block[][] = [];
  let run: Block[] = [];
  for (; k < body.length; k++) {
    if (!owned[k]) {
      // a run closed by its field line is over; text after it opens the next
      if (run.length && owned[k - 1]) runs.push(run.splice(0));
      run.push(body[k]!);
    } else if (run.length && !body[k]!.cells) run.push(body[k]!);
    else own.push(body[k]!);
  }
  if (run.length && owned[body.length - 1]) runs.push(run);
  else own.push(...run);
  return runs.length && runs.every((r) => r[0]!.text.length >= RUN_TEXT_MIN) ? { own, runs } : null;
}
const RUN_TEXT_MIN = 6;

function isOwnerFieldLine(text: string, lex: Lexicon): boolean {
  const line = readFieldLine(text, lex);
  return line !== null && !line.labelOnly && (line.fields[0]!.strong || line.bracketed) && line.fields.some((f) => OWNER_FIELDS.includes(f.kind));
}

/**
 * A run-in heading with nothing after it (`（6）促进人口健康发展。`,
 * `1.主要指标的责任部门。`) over work whose sentences each close with their
 * owners' bracket — a paragraph each (`…（市妇联牵头）`), or run together in
 * one (`…1150万人左右。（市人口计生委、市公安局牵头）万元地区生产总值…（市经委牵头）`):
 * each piece is a task of that heading, numbered by its position, as
 * 政府工作报告 and 规划 task splits write them. The heading stays a group.
 */
function ownedParagraphTasks(node: OutlineNode, path: OutlineNode[], scope: Scope, walk: Walk): boolean {
  const lex = walk.ctx.lexicon;
  const paragraphs = node.body.filter((b) => !b.cells);
  if (!node.head || !node.marker || paragraphs.length === 0 || paragraphs.length !== node.body.length || !isRunInHeading(headText(node))) return false;
  // a bracket may open the next line (`…面积。` / `（市国土房管局牵头）主要污染物…`): the lines are one text
  const text = paragraphs.map((b) => b.text).join('');
  // two owned pieces need two brackets: most bodies have none, and reading brackets is the costly part
  if ((text.match(OPENING_BRACKET) ?? []).length < 2) return false;
  const pieces = ownedPieces(text, lex);
  const owned = pieces.filter((p) => p.owners.length > 0).length;
  // every piece but a last one cut before its bracket
  if (owned < 2 || owned < pieces.length - 1) return false;
  pieces.forEach((piece, k) => {
    const block = paragraphs.find((b) => b.text.includes(piece.text.slice(0, 12))) ?? paragraphs[0]!;
    const task = runTask([{ ...block, text: piece.text }], [...path, node], walk);
    task.number.push(String(k + 1));
    consider(task, [...path, node], scope, walk);
  });
  return true;
}
const RUN_IN_HEADING_MAX = 30;
const OPENING_BRACKET = /[（(]/gu;
const isRunInHeading = (text: string): boolean => text.length <= RUN_IN_HEADING_MAX && firstSentence(text) === trimPunctuation(text);

/**
 * A middle page opens inside a group whose heading is on the page before:
 * its opening paragraphs that close with their owners' bracket
 * (`加强公共卫生服务体系建设。…（市卫生局牵头）`) are that group's tasks.
 */
function openingOwnedParagraphs(root: OutlineNode, walk: Walk): void {
  const first = items(root)[0]?.head?.location.line ?? Infinity;
  // the work before the bracket, not an orphan field alone (`（责任部门：省农委、…）`: it belongs to an item on the page before)
  const opening = root.body.filter((b) => !b.cells && (b.location.line ?? 0) < first && b.text.replace(/[（(][^（）()]*[）)][。；;]?$/u, '').length >= OPENING_TASK_MIN);
  opening
    .filter((b) => CLOSING_BRACKET_END.test(b.text) && closingBracketOwners(b.text, walk.ctx.lexicon).length > 0)
    .forEach((block, k) => {
      const task = runTask([block], [], walk);
      task.number.push(String(k + 1));
      consider(task, [], 'other', walk);
    });
}
const OPENING_TASK_MIN = 15;
const CLOSING_BRACKET_END = /[)）][。；;，,\s]*$/u;

/**
 * A text with no numbering at all whose work sits under one-word category
 * lines (`居住` / `实施一批城市更新项目…` / … / `教育` / `推进…`: a digest of a
 * plan, a page that lost its numbers): each paragraph under a category is a
 * task, numbered category / position. Three categories at least, each over
 * work of its own; nothing otherwise.
 */
function categoryParagraphTasks(root: OutlineNode, walk: Walk): void {
  const blocks = root.body.filter((b) => !b.cells);
  const groups: { category: Block; work: Block[] }[] = [];
  for (const block of blocks) {
    if (isCategoryLine(block.text)) groups.push({ category: block, work: [] });
    else if (groups.length && block.text.length >= CATEGORY_WORK_MIN && /[，,。；;]/u.test(block.text)) groups.at(-1)!.work.push(block);
  }
  if (groups.length < CATEGORIES_MIN || groups.some((g) => g.work.length === 0)) return;
  for (const { category, work } of groups) {
    const group = paragraphNode(category.text.trim(), category, []);
    work.forEach((block, k) => {
      const task = runTask([block], [group], walk);
      task.number = [category.text.trim(), String(k + 1)];
      consider(task, [group], 'tasks', walk);
    });
  }
}
const CATEGORIES_MIN = 3;
const CATEGORY_WORK_MIN = 10;
/** A category's name alone on its line: two to four characters, no punctuation. */
const isCategoryLine = (text: string): boolean => /^[\u4e00-\u9fff]{2,4}$/u.test(text.trim());

/** One task from a run of paragraphs closed by its field lines. */
function runTask([head, ...rest]: Block[], path: OutlineNode[], walk: Walk): Task {
  const facts = readLines(rest, walk.ctx.lexicon);
  facts.text.unshift(head!);
  return makeTask(paragraphNode(firstSentence(head!.text, true), head!, rest), path, facts, [], walk);
}

function paragraphNode(heading: string, head: Block, body: Block[]): OutlineNode {
  return { marker: null, styleKey: 'paragraph', rank: Infinity, heading, head, lead: '', body, children: [] };
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

/** The text of a task, owner brackets and field lines excluded. */
function taskText(facts: ItemFacts): string {
  return facts.text.map((b) => b.text).filter(Boolean).join('\n');
}

/** The time limit a group's own field line gives the items under it (`一、督察意见：…` / `整改时限：立行立改、长期坚持。` / `整改措施：` / `1.…`). */
function groupFieldDeadline(parent: OutlineNode | undefined, walk: Walk, ctx: DeadlineContext): Deadline | null {
  return parent?.marker ? fieldDeadline(factsOf(parent, walk), ctx) : null;
}

/** The deadline a task's fields give: 完成时限 first; a period (实施时间) only when no deadline field is given. */
function fieldDeadline(facts: ItemFacts, ctx: DeadlineContext): Deadline | null {
  for (const kinds of [['deadline'], ['period']]) {
    const field = fieldValue(facts, kinds);
    if (!field) continue;
    const found = findDeadlines(field.value, ctx);
    const chosen = found.find((d) => !d.vague) ?? parseDeadline(field.value, ctx);
    if (chosen) return chosen;
  }
  return null;
}

/**
 * An item that names only the units that help (`协同单位：省直各部门…`) under a
 * group its heading gives a lead (`（二）省审计厅牵头的工作`) keeps that lead.
 */
/**
 * A task's owners: its fields', else the names its text gives, else those of
 * the group above it; an office line over the list (`发展中心：`) owns every
 * item beside the names an item gives itself (`（蒋敏）`).
 */
function taskOwners(facts: ItemFacts, text: string, inherited: Owner[], walk: Walk): Owner[] {
  const lex = walk.ctx.lexicon;
  const named = () => findInlineOwners(text, lex);
  const subject = () => subjectOwners(text, lex);
  if (inherited.length && inherited.every((o) => walk.offices.has(o))) return [...inherited, ...(facts.owners.length ? facts.owners : firstNonEmpty(named, subject))];
  if (facts.owners.length) return withGroupLead(facts.owners, inherited);
  return firstNonEmpty(named, () => inherited, subject);
}

function withGroupLead(own: Owner[], inherited: Owner[]): Owner[] {
  const leads = inherited.filter((o) => o.role === 'lead');
  return leads.length && own.every((o) => o.role === 'support') ? [...leads, ...own] : own;
}

/** The first line of an item's head, without its marker. */
const headLine = (node: OutlineNode): string => headText(node).split('\n')[0]!.trim();

/** The first sentence under a heading that only names the group's lead (`省监察厅牵头的工作`); null for other headings. */
function groupTitle(node: OutlineNode, text: string, lex: Lexicon): string | null {
  const head = headLine(node);
  const body = text.startsWith(head) ? text.slice(head.length).trim() : '';
  return body && groupHeadingOwners(head, lex).length ? firstSentence(body, true) : null;
}

/** `ancestors`: the outline nodes above the task, outermost first. */
function makeTask(node: OutlineNode, ancestors: OutlineNode[], facts: ItemFacts, inherited: Owner[], walk: Walk): Task {
  const ctx = { ...walk.ctx, year: sectionYear(ancestors, walk.ctx) };
  const text = taskText(facts);
  const lex = ctx.lexicon;
  const owners = dedupeOwners(taskOwners(facts, text, inherited, walk));
  const fromFields = fieldDeadline(facts, ctx);
  // a time-limit field that states no date (`整改时限：已完成整改`) says the text's dates (a quoted target) are no deadline of the item
  const statedLimit = fieldValue(facts, ['deadline']) !== null;
  const fromText = statedLimit && !fromFields ? { deadline: null, milestones: [] } : withoutReportPeriod(taskDeadline(facts.text, ctx), text, ctx);
  const above = ancestors.filter((n) => n.head);
  return {
    id: '',
    number: [...above, node].filter((n) => n.marker).map((n) => n.marker!.label),
    // a heading that only names the group's lead leaves the title to the work under it
    title: cleanTitle(groupTitle(node, text, lex) ?? (node.heading || firstSentence(text, true)), lex),
    text,
    section: (above[0] ?? node).heading,
    parent: parentName(above.at(-1)),
    owners,
    deadline: fromFields ?? fromText.deadline ?? groupDeadline(above.at(-1), ctx) ?? groupFieldDeadline(above.at(-1), walk, ctx) ?? walk.blanket,
    milestones: fromFields ? [] : fromText.milestones,
    location: toLocation(node.head!),
  };
}

/**
 * The parent's name as a task shows it: its heading, cut at PARENT_MAX
 * characters. Every child repeats it, so a run-on heading of 45,000
 * characters over 7,000 items would make a gigabyte of output.
 */
function parentName(node: OutlineNode | undefined): string | null {
  if (!node) return null;
  const heading = node.heading;
  return heading.length > PARENT_MAX ? `${heading.slice(0, PARENT_MAX - 1)}…` : heading;
}
const PARENT_MAX = 120;

function firstNonEmpty<T>(...sources: (() => T[])[]): T[] {
  for (const source of sources) {
    const found = source();
    if (found.length) return found;
  }
  return [];
}

/** A title never holds the owner bracket (`…（市工商质监局牵头负责）`). */
function cleanTitle(title: string, lex: Lexicon): string {
  const cut = title.replace(/[（(〔【][^（）()〔〕【】]*[）)〕】]\s*$/u, (bracket) => (findInlineOwners(bracket, lex).length ? '' : bracket));
  return trimPunctuation(cut) || title;
}

/**
 * Items enumerated inside a leaf's paragraph — `1.深化商事制度改革。（1）…（2）…`
 * or `五、下一步工作打算。一是要…；二要…；三要…` — are its tasks when the
 * paragraph is only a heading before them. Enumerations of dated stages stay
 * one task with milestones; long 一是… reasons stay text.
 */
function inlineTasks(node: OutlineNode, path: OutlineNode[], facts: ItemFacts, walk: Walk): Task[] | null {
  const lex = walk.ctx.lexicon;
  const text = taskText(facts);
  const headLength = headText(node).length - node.lead.length;
  for (const split of [parenItems, shiItems]) {
    const pieces = split(text);
    if (pieces.length < 2) continue;
    // `一是加快…建设，积极申报…` may follow an introduction: its pieces are work, unless one opens with a
    // purpose (`一是通过总结进一步提高…`: purposes of one task). `（1）…` runs start the item, or they are a list inside one task's text.
    if (split === shiItems ? pieces.some((p) => purposeStart(lex).test(p.text)) : pieces[0]!.at > headLength + 2) continue;
    // an item whose own text names its owners (`…等。（牵头单位：扶贫办；责任单位：各村支部）`) is the task; `整改措施：一是…二是…` under it are its measures
    if (pieces[0]!.at > headLength + 2 && findInlineOwners(headText(node), lex).length) continue;
    const ownedPieces = pieces.filter((p) => findInlineOwners(p.text, lex).length).length;
    const datedPieces = pieces.filter((p) => findDeadlines(p.text, walk.ctx).some(isDated)).length;
    if (ownedPieces < 2 && datedPieces * 2 >= pieces.length) continue;
    return pieces.map((piece) => pieceTask(node, path, piece, facts, walk));
  }
  return null;
}

const purposeStart = memoByLexicon((lex) => new RegExp(`^(?:${alternation(lex.purposeOpeners)})`));

function pieceTask(node: OutlineNode, path: OutlineNode[], piece: InlineItem, facts: ItemFacts, walk: Walk): Task {
  const lex = walk.ctx.lexicon;
  const block = facts.text.find((b) => b.text.includes(piece.text.slice(0, 12))) ?? facts.text[0]!;
  const pieceFacts: ItemFacts = { ...facts, text: [{ ...block, text: piece.text }], owners: [], fields: facts.fields };
  const pieceNode: OutlineNode = { ...node, marker: { ...node.marker!, label: piece.label }, heading: '', children: [] };
  // the piece sits under its item, and the item where the outline has it: its number and section are theirs
  const task = makeTask(pieceNode, [...path, node], pieceFacts, facts.owners, walk);
  task.title = cleanTitle(firstSentence(piece.text), lex);
  task.location = toLocation(block);
  return task;
}

/**
 * The year of a task's dates: a section that names its own year
 * (`三、2025年工作计划` in a 2024 summary) or the next one (`明年工作打算`)
 * overrides the document's.
 */
function sectionYear(ancestors: OutlineNode[], ctx: TaskContext): number | null {
  for (const node of [...ancestors].reverse()) {
    if (!node.head) continue;
    const year = headingYear(node);
    if (year !== null) return year;
    if (ctx.year !== null && nextYearWord(ctx.lexicon).test(node.heading)) return ctx.year + 1;
  }
  return ctx.year;
}

const nextYearWord = memoByLexicon((lex) => new RegExp(alternation(lex.nextYearWords)));

/**
 * A report's year-to-date period opening a clause of figures (`1-6月，我区数字
 * 经济完成产值1175亿元`) says when the figures were counted, not by when the
 * work is due; in a plan the same words open a stage (`1-3月，调研摸底`).
 */
function withoutReportPeriod(found: { deadline: Deadline | null; milestones: Task['milestones'] }, text: string, ctx: TaskContext): typeof found {
  const d = found.deadline;
  if (ctx.documentKind !== 'summary' || !d || d.kind !== 'range' || !d.start?.endsWith('-01-01') || !/^[，,]/u.test(text.slice(text.indexOf(d.text) + d.text.length))) return found;
  return { deadline: null, milestones: [] };
}

/**
 * A rectification notice gives its problems one time limit in a paragraph of
 * their own, before or after the list (`请各事涉部门对存在的问题立即进行整改，
 * 并于5月20日前将问题整改完成`, `上述责任单位…对存在的问题务必于4月19日前整改完毕`):
 * each problem without a date of its own takes it. Null when no paragraph
 * points to the problems with one date and a word of their being put right.
 */
function blanketDeadline(root: OutlineNode, ctx: TaskContext): Deadline | null {
  const lex = ctx.lexicon;
  const blocks: Block[] = [];
  const gather = (node: OutlineNode): void => {
    blocks.push(...node.body.filter((b) => !b.cells));
    node.children.forEach(gather);
  };
  gather(root);
  for (const block of blocks) {
    if (!lex.rectificationScopes.some((w) => block.text.includes(w)) || !lex.rectificationDone.some((w) => block.text.includes(w))) continue;
    // a time limit (`于5月20日前`), not the inspection's date (`5月15日清晨`)
    const limits = findDeadlines(block.text, ctx).filter((d) => isDated(d) && d.kind === 'before');
    if (limits.length === 1) return limits[0]!;
  }
  return campaignPeriod(root, ctx);
}

/** A campaign's period as a top-level numbered field (`一、整治时间：2021年6月23日-2021年7月1日`): the time its items have. */
function campaignPeriod(root: OutlineNode, ctx: TaskContext): Deadline | null {
  const periods = root.children.flatMap((c) => c.field?.fields.filter((f) => f.kind === 'period' && f.value) ?? []);
  if (periods.length !== 1) return null;
  const period = parseDeadline(periods[0]!.value, ctx);
  return period && isDated(period) && period.kind === 'range' ? period : null;
}

/**
 * `（二）整改及创建准备工作（7月15日前完成）` dates the items under it: an item
 * without a date of its own takes its group heading's.
 */
function groupDeadline(parent: OutlineNode | undefined, ctx: TaskContext): Deadline | null {
  if (!parent?.marker) return null;
  // every child asks for its group's date: read the heading once per year (a 135k-character heading over 7,000 items was quadratic)
  const byYear = groupDeadlines.get(parent) ?? new Map<number | null, Deadline | null>();
  groupDeadlines.set(parent, byYear);
  if (!byYear.has(ctx.year)) {
    const found = chooseDeadline(findDeadlines(parent.marker.rest, ctx));
    byYear.set(ctx.year, found && isDated(found) ? found : null);
  }
  return byYear.get(ctx.year)!;
}
const groupDeadlines = new WeakMap<OutlineNode, Map<number | null, Deadline | null>>();

/** The year a section heading names, read once per heading (every task under it asks). */
function headingYear(node: OutlineNode): number | null {
  if (!headingYears.has(node)) headingYears.set(node, findYear(node.heading));
  return headingYears.get(node)!;
}
const headingYears = new WeakMap<OutlineNode, number | null>();

/**
 * A label/value block outside any item (a task split page: `具体任务` / … /
 * `责任单位` / … / `完成时限` / …) is one task when it names the work.
 */
function labelBlockTask(root: OutlineNode, walk: Walk): void {
  const facts = readLines(root.body, walk.ctx.lexicon);
  const work = facts.fields.find((f) => f.kind === 'task' && f.value);
  if (!work || !facts.fields.some((f) => f.kind !== 'task')) return;
  const head = { ...work.block, text: work.value };
  const node: OutlineNode = { marker: { style: 'ar-dun', value: 1, raw: '1', label: '1', rest: work.value }, styleKey: 'block', rank: Infinity, heading: '', head, lead: '', body: [], children: [] };
  const task = makeTask(node, [], { ...facts, text: [head] }, [], walk);
  task.title = cleanTitle(firstSentence(work.value), walk.ctx.lexicon);
  walk.harvest.decisions.push({ line: task.location.line, number: task.number, decision: { task: true, reason: 'a block of labelled fields that names the work' } });
  walk.harvest.tasks.push(task);
}

