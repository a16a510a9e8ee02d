/**
 * Owner grammar: who owns a task, as Chinese plans write it.
 *
 * - owner lines: `责任人：王丹`, `责任人：：王丹`, `（责任单位：市文明办）`,
 *   `(牵头单位:…;配合单位:…)`, `（市文明办牵头，各区按职责分工负责）`;
 * - continuation lines holding only names (`齐妍爽`, `王丹　杨婷`);
 * - inline owners: `由城管办负责`, `市文明办牵头，各区配合`,
 *   `分管党政成员为第一责任人`;
 * - leadership rosters (`组长：xx。副组长：xx。`), which belong to a
 *   document's organization, not to tasks.
 *
 * Kinds: a placeholder (`xx`, `×××`, `某某`, or a placeholder with only
 * generic words around it: `xx社区`, `XX同志`), a collective (`各X`, `全体X`,
 * `相关X`, `…人员`/`…成员`), a person (a title: `王丹同志`, `张书记`,
 * `管区书记`; or a 2–3 character name with a known surname), else a unit.
 * In running text only owners with positive evidence count: false owners are
 * worse than missed ones.
 */
import { OwnerRole, type Owner, type OwnerEvidence, type OwnerKind, type RosterEntry } from '../model/plan.js';
import { alternation, holdsAny, memoByLexicon, type Lexicon } from '../lexicon/index.js';
import { mostlyDate } from '../grammar/deadline.js';
import { codeTable, codeTest } from '../text/chars.js';

const OPENERS = '（(〔【[《“「';
const CLOSERS = '）)〕】]》”」';
/** Brackets that may hold owners alone: not quotes, not a title's 《》. */
const OWNER_BRACKETS = '（(〔【[';
// every text's bracket scans test each character: by code unit (text/chars.ts)
const OPENER_CODES = codeTable(OPENERS);
const CLOSER_CODES = codeTable(CLOSERS);
/** Spaces that separate names (a full-width space is the usual one in Word files). */
const SPACES = /[ \t\u3000]+/;
/** Sentence punctuation: an owner name never holds it. */
const SENTENCE = /[。！？!?：:]/;
/** A numbering marker at the start of a line: `2、`, `（二）`, `1.`, `①`. */
const NUMBERING = /^(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十\d]{1,3}[、.．]|[①-⑳]|第[一二三四五六七八九十\d]+[条章节部分])/;

/** Every role, in the order a word found under two roles is given the first. */
const ROLES: readonly OwnerRole[] = OwnerRole.options;

interface OwnerPatterns {
  labelAt: RegExp;
  labelGlobal: RegExp;
  labelRole: Map<string, OwnerRole>;
  /** Every owner label (`责任单位`, `牵头单位`…): a role's name, nobody's. */
  labelWords: string[];
  suffix: RegExp;
  suffixRole: Map<string, OwnerRole>;
  placeholderRun: RegExp;
  genericOnly: RegExp;
  by: RegExp;
  /** An owner label followed by a semicolon instead of its colon. */
  labelSemicolon: RegExp;
  byRole: Map<string, OwnerRole>;
  /** A clause opening with its owner: `工商部门配合…`. */
  clauseSubject: RegExp;
  leadThenSupport: RegExp;
  leadOpening: RegExp;
  dutyOpening: RegExp;
  groupHeading: RegExp;
  accountable: RegExp;
  rosterLabel: RegExp;
  rosterAny: RegExp;
  ownerAny: RegExp;
  scheduleClause: RegExp;
  rosterTakes: RegExp;
  rosterHeldBy: RegExp;
  rosterWith: RegExp;
  titleAtEnd: RegExp;
  clauseWords: RegExp;
  joins: RegExp;
  listEnding: RegExp;
  holderPrefix: RegExp;
  duty: RegExp;
  /**
   * Plain tests of the words the running-text patterns cannot match without
   * (their role words, 由, 为/是 and 责任人): every task's text is read by
   * all of them, and most hold none of the words. A precheck, never a verdict.
   */
  may: { leadThenSupport: (text: string) => boolean; by: (text: string) => boolean; dutyOpening: (text: string) => boolean; leadOpening: (text: string) => boolean; accountable: (text: string) => boolean };
}

/** word → role, from a `{lead, responsible, support}` record. */
function roleMap(record: Record<OwnerRole, string[]>): Map<string, OwnerRole> {
  const map = new Map<string, OwnerRole>();
  for (const role of ROLES) for (const w of record[role]) if (!map.has(w)) map.set(w, role);
  return map;
}

const ownerPatterns = memoByLexicon((lex): OwnerPatterns => {
  const labelRole = roleMap(lex.ownerLabels);
  const suffixRole = roleMap(lex.ownerSuffixes);
  const byRole = roleMap({ ...lex.inlineOwnerVerbs, responsible: [...lex.inlineOwnerVerbs.responsible, ...lex.byOnlyVerbs] });
  const subjectRole = roleMap(lex.inlineOwnerVerbs);
  const labels = alternation([...labelRole.keys()]);
  const labelSep = `[ \\t\\u3000]*(?:[：:]+[ \\t\\u3000]*|[ \\t\\u3000]+)`;
  const roster = alternation(lex.rosterRoles);
  const names = '[^，。；：！？、\\s（）()]';
  const clauseStart = '(?:^|(?<=[，。；：、（(“”\\s]))';
  const generic = alternation([...lex.unitSuffixes, ...lex.placeWords, ...lex.personTitles]);
  const takes = alternation(lex.rosterTakeVerbs);
  const by = alternation(lex.ownerPrefixes);
  const attributive = alternation(lex.attributiveMarkers);
  const [withOpen, withClose] = lex.rosterAppointFrame;
  const dutyVerbs = lex.inlineOwnerVerbs.responsible.filter((w) => w.includes('负责'));
  return {
    labelAt: new RegExp(`^(${labels})${labelSep}`, 'u'),
    labelGlobal: new RegExp(`(${labels})${labelSep}`, 'gu'),
    labelRole,
    labelWords: [...labelRole.keys()],
    suffix: new RegExp(`(${alternation([...suffixRole.keys()])})$`, 'u'),
    suffixRole,
    placeholderRun: new RegExp(`(?:${alternation(lex.placeholderChars)})+`, 'gu'),
    genericOnly: new RegExp(`^(?:${generic})*$`, 'u'),
    // a name may hold a short bracket of its own (`由六（2）中队负责`, `由区城市管理局（区整违办）负责`)
    labelSemicolon: new RegExp(`^(${labels})[；;]`, 'u'),
    by: new RegExp(`(?:${by})((?:[^，。；：！？\\s（）()]|[（(][^（）()，。；\\s]{1,8}[)）]){2,60}?)(${alternation([...byRole.keys()])})`, 'gu'),
    byRole,
    // not `科室负责人为…`: a verb followed by 人 is a noun
    clauseSubject: new RegExp(`^\\s*([\\p{Script=Han}]{2,12}?)(${alternation([...subjectRole.keys()])})(?![人方])`, 'u'),
    leadThenSupport: new RegExp(
      `${clauseStart}(${names}{2,30}?)(${alternation(lex.ownerSuffixes.lead)})[，,、]([^，。；：（）()\\s]{2,80}?)(${alternation([...lex.ownerSuffixes.support, ...lex.ownerSuffixes.responsible])})(?=[，。；）)]|$)` +
        // `市工商局负责，市经贸委、市农业局配合`: one unit answers, others help (a list of eight helping units is ~50 characters)
        `|${clauseStart}(${names}{2,30}?)(${alternation(lex.ownerSuffixes.responsible)})[，,、]([^，。；：（）()\\s]{2,80}?)(${alternation(lex.ownerSuffixes.support)})(?=[，。；）)]|$)`,
      'gu',
    ),
    // `镇应急办牵头，组织各村（居）委会…`: a sentence that opens with the unit that leads it
    // `人力资源部负责统计…`: a sentence that opens with the unit that answers for it (not `负责人`)
    // `各区政府（管委会）及除运雪指挥部负责…`, `市公安局、市交通局负责…`: a list, each name with a short bracket of its own
    dutyOpening: new RegExp(`(?:^|[。；;\n])\\s*((?:${names}|[（(][^（）()，。；\\s]{1,8}[)）]|、(?!、)){2,40}?)(?:${alternation(dutyVerbs)})(?![人同])`, 'gu'),
    leadOpening: new RegExp(`(?:^|[。；;\n])\\s*(${names}{2,30}?)(${alternation(lex.ownerSuffixes.lead)})[，,](?!${alternation(lex.narrativeAdverbs)})`, 'gu'),
    groupHeading: new RegExp(
      `^(${names}{2,30}?)(${alternation([...lex.ownerSuffixes.lead, ...lex.ownerSuffixes.responsible])})的?(?:${alternation(lex.groupWorkWords)})(?:[（(][^（）()]{1,12}[)）])?[。：:]?$`,
      'u',
    ),
    accountable: new RegExp(
      `${clauseStart}([^，。；：（）()\\s]{2,20}?)(?:${alternation(lex.accountabilityVerbs)})(?:[^，。；]{0,12}(?:${alternation(lex.attributiveMarkers)}))?(${alternation(lex.accountabilityWords)})`,
      'gu',
    ),
    rosterLabel: new RegExp(`(${roster})[ \\t]*[：:]+`, 'gu'),
    // quick rejects: a roster line names a role; an owner line has a label or a role suffix
    rosterAny: new RegExp(roster, 'u'),
    ownerAny: new RegExp(alternation([...labelRole.keys(), ...suffixRole.keys()]), 'u'),
    // a clause about time after the owners: a deadline label or an ongoing/vague word
    scheduleClause: new RegExp(`[，,；;、\\s]+(?=${alternation([...lex.deadlineLabels, ...lex.ongoingWords, ...lex.vagueWords])})`, 'u'),
    rosterTakes: new RegExp(`${clauseStart}([^，。；：、\\s]{1,24})(?:${takes})(\\p{Script=Han}{0,8}?(?:${roster}))(?=[，。；、]|${attributive}|$)`, 'gu'),
    rosterHeldBy: new RegExp(`${clauseStart}([^，。；：、\\s]{0,14}?(?:${roster}))(?:${by})([^，。；]{1,20}?)(?:${takes})`, 'gu'),
    rosterWith: new RegExp(`(?:${alternation([withOpen!])})([^，。；：、\\s]{1,15}?)(?:${alternation([withClose!])})(\\p{Script=Han}{0,8}?(?:${roster}))(?=[，。；、]|${attributive}|$)`, 'gu'),
    titleAtEnd: new RegExp(`(${alternation(lex.personTitles)})$`, 'u'),
    clauseWords: new RegExp(alternation(lex.clauseWords), 'u'),
    joins: new RegExp(alternation(lex.ownerJoins), 'u'),
    listEnding: new RegExp(`(?:${alternation(lex.ownerListEndings)})$`, 'u'),
    holderPrefix: new RegExp(`^.*(?:${alternation(lex.rosterHolderPrefixes)})`, 'u'),
    duty: new RegExp(`(?:^|[，,；;]\\s*)(?:${alternation(lex.rosterDutyWords)})`, 'u'),
    may: runningTextPrechecks(lex, byRole, dutyVerbs),
  };
});

/** The words each running-text pattern needs (see OwnerPatterns.may), from the lists it is built of. */
function runningTextPrechecks(lex: Lexicon, byRole: Map<string, OwnerRole>, dutyVerbs: string[]): OwnerPatterns['may'] {
  const { lead, responsible, support } = lex.ownerSuffixes;
  const hasLead = holdsAny(lead);
  const hasResponsible = holdsAny(responsible);
  const hasSupport = holdsAny(support);
  const hasBy = holdsAny(lex.ownerPrefixes);
  const hasByVerb = holdsAny([...byRole.keys()]);
  const hasAccountabilityVerb = holdsAny(lex.accountabilityVerbs);
  const hasAccountabilityWord = holdsAny(lex.accountabilityWords);
  return {
    // a lead word then a support or responsible one, or a responsible word then a support one
    leadThenSupport: (text) => (hasLead(text) && (hasSupport(text) || hasResponsible(text))) || (hasResponsible(text) && hasSupport(text)),
    by: (text) => hasBy(text) && hasByVerb(text),
    dutyOpening: holdsAny(dutyVerbs),
    leadOpening: hasLead,
    accountable: (text) => hasAccountabilityWord(text) && hasAccountabilityVerb(text),
  };
}

// ---- classification ----------------------------------------------------------

const startsWithAny = (s: string, words: readonly string[]) => words.some((w) => s.startsWith(w));
const endsWithAny = (s: string, words: readonly string[]) => words.some((w) => s.endsWith(w));

/** Only (or mostly) a stand-in: `xx`, `×××`, `某某`, `xx社区`, `XX同志`, `xx镇政府`. */
function isPlaceholder(name: string, lex: Lexicon, p: OwnerPatterns): boolean {
  if (lex.placeholders.includes(name)) return true;
  const rest = name.replace(p.placeholderRun, '');
  if (rest === name) return false;
  return p.genericOnly.test(rest) || name.length - rest.length >= rest.length;
}

function isCollective(name: string, lex: Lexicon): boolean {
  return (
    lex.collectiveWords.includes(name) ||
    startsWithAny(name, lex.collectivePrefixes) ||
    endsWithAny(name, lex.collectiveSuffixes) ||
    // `市直各部门`: the word after 各 is a unit's; `做好各类规划主动公开` is work, not a group
    (lex.collectiveInfixes.some((w) => name.includes(w)) && endsWithAny(name, lex.unitSuffixes))
  );
}

/** A 2–3 character name with a known surname (`王丹`, `齐妍爽`), or a compound surname and 1–2 more (`欧阳修`). */
export function looksLikePersonName(name: string, lex: Lexicon): boolean {
  const compound = lex.compoundSurnames.find((s) => name.startsWith(s));
  const given = compound ? name.slice(compound.length) : lex.surnames.includes(name[0] ?? '\u0000') ? name.slice(1) : null;
  if (given === null || given.length < 1 || given.length > 2) return false;
  return [...given].every((c) => /\p{Script=Han}/u.test(c) && !lex.nonNameChars.includes(c));
}

/** `王丹同志`, `张书记`, `管区书记`, `科室负责人`: a title makes a person (or a post one person holds). */
function hasPersonTitle(name: string, p: OwnerPatterns): boolean {
  return p.titleAtEnd.test(name);
}

/** person | unit | collective | placeholder for one owner name. */
export function classifyOwner(name: string, lex: Lexicon): OwnerKind {
  const n = name.trim();
  const p = ownerPatterns(lex);
  if (isPlaceholder(n, lex, p)) return 'placeholder';
  if (isCollective(n, lex)) return 'collective';
  const parts = n.split(p.joins).filter(Boolean);
  if (parts.length > 1) {
    const kinds = new Set(parts.map((part) => classifySingle(part, lex, p)));
    return kinds.size === 1 ? [...kinds][0]! : 'collective';
  }
  return classifySingle(n, lex, p);
}

function classifySingle(n: string, lex: Lexicon, p: OwnerPatterns): OwnerKind {
  if (isPlaceholder(n, lex, p)) return 'placeholder';
  if (isCollective(n, lex)) return 'collective';
  if (hasPersonTitle(n, p)) return 'person';
  if (endsWithAny(n, lex.unitSuffixes)) return 'unit';
  if (looksLikePersonName(n, lex)) return 'person';
  return 'unit';
}

/** Units are not named with a year: `2020年党支部组织生活会` is work. */
const NAMES_A_YEAR = /\d{4}\s*年/u;
/** Nor with a count before their suffix: `改造公交站台20处`, `新建3个站` are work (`处`, `站` end units too). */
const ENDS_IN_A_COUNT = /\d+\s*[个座条家项户间台套]?[个处所站座条家项户间台套院园室]$/u;

/** Positive evidence that a name is an owner: not just the `unit` fallback. */
const LEVELS_WITH_ALTERNATIVES = /^各?[省市县区乡镇州旗]{1,2}[〔（(][省市县区乡镇州旗、，,]+[〕）)](?:人民政府|政府)?$/u;

export function isPlausibleOwner(name: string, lex: Lexicon): boolean {
  // a level of government with its alternatives (`县〔区〕`, `县（市、区）`): the governments of those places
  if (LEVELS_WITH_ALTERNATIVES.test(name)) return true;
  // a unit with its other name in brackets (`市商务局（市粮食和物资储备局）`) is judged by its own
  // `自然资源局等` (the list goes on): judged by the name before the 等, which stays as written
  const bare = name.replace(/[（(〔][^（）()〔〕]*[）)〕]$/u, '').replace(/(?<=..)等$/u, '');
  if (bare !== name && bare.length >= 2) return isPlausibleOwner(bare, lex);
  const p = ownerPatterns(lex);
  if (!name || name.length > 30 || SENTENCE.test(name) || NAMES_A_YEAR.test(name) || ENDS_IN_A_COUNT.test(name) || namesATarget(name, lex)) return false;
  if (isPlaceholder(name, lex, p) || isCollective(name, lex) || hasPersonTitle(name, p)) return true;
  // `年底前` has a surname's shape: a date is no person
  if (looksLikePersonName(name, lex)) return !mostlyDate(name, { lexicon: lex, year: null });
  return endsWithAny(name, lex.unitSuffixes) && !endsWithAny(name, lex.eventEndings) && !p.clauseWords.test(name);
}

/** A figure with a target's unit (`增长6%左右`, `8.3万亩`): a target, never a name. */
export const namesATarget = (text: string, lex: Lexicon): boolean => targetPattern(lex).test(text);
/** `新增学位810个`, `建成驿站7家`: a text that ends in a count of things. */
export const endsInACount = (text: string): boolean => ENDS_IN_A_COUNT.test(text);
const targetPattern = memoByLexicon((lex) => new RegExp(`\\d(?:\\.\\d+)?\\s*(?:${alternation(lex.targetUnits)})`, 'u'));

// ---- splitting -----------------------------------------------------------------

/** Split at any of `separators` outside brackets (`各县（市、区）人民政府` stays whole). */
function splitTopLevel(text: string, separators: RegExp): string[] {
  // the separators are classes of BMP characters: one test per code unit is the regex's test of the character
  const isSeparator = codeTest(separators);
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (OPENER_CODES[c]) depth++;
    else if (CLOSER_CODES[c]) depth = Math.max(0, depth - 1);
    if (depth === 0 && isSeparator(c)) {
      parts.push(text.slice(from, k));
      from = k + 1;
    }
  }
  parts.push(text.slice(from));
  return parts.map((s) => s.trim()).filter(Boolean);
}

/** `（…）` → `…` when the brackets wrap the whole text; else null. */
function unwrap(text: string): string | null {
  const s = text.trim().replace(/[。；;，,.\s]+$/u, '');
  const open = OPENERS.indexOf(s[0] ?? '');
  if (open < 0 || s.at(-1) !== CLOSERS[open]) return null;
  let depth = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (OPENER_CODES[c]) depth++;
    else if (CLOSER_CODES[c]) depth--;
    if (depth === 0 && k < s.length - 1) return null;
  }
  return s.slice(1, -1).trim();
}

/** The role a trailing word gives (`牵头` → lead), and the name without it. */
function stripSuffix(piece: string, p: OwnerPatterns): { name: string; role: OwnerRole | null } {
  const m = p.suffix.exec(piece);
  if (!m || m.index === 0) return { name: piece, role: null };
  return { name: piece.slice(0, m.index), role: p.suffixRole.get(m[1]!)! };
}

/** `王丹同志` → `王丹`: an honorific is not part of a person's name. */
function stripHonorific(name: string, lex: Lexicon): string {
  const h = lex.honorifics.find((w) => name.endsWith(w) && name.length > w.length);
  if (!h) return name;
  const base = name.slice(0, -h.length);
  return looksLikePersonName(base, lex) ? base : name;
}

/** A contact number after a name (`张三（13800000000）`, `王五(电话：0371-1234567)`) is no part of it. */
const CONTACT = /\s*[（(](?:[^（）()]{0,6}[：:])?\s*[\d\-—－ ]{7,}[）)]$/u;

function cleanName(piece: string, lex: Lexicon): string {
  let name = piece.replace(/^[“"「『]+|[”"」』]+$/gu, '').replace(CONTACT, '').replace(ownerPatterns(lex).listEnding, '').trim();
  for (const prefix of lex.ownerPrefixes) if (name.startsWith(prefix) && name.length > prefix.length + 1) name = name.slice(prefix.length);
  return stripHonorific(name, lex);
}

/** Each name once, the first mention kept. */
export function dedupeOwners(owners: Owner[]): Owner[] {
  const seen = new Set<string>();
  return owners.filter((o) => !seen.has(o.name) && !!seen.add(o.name));
}

function makeOwner(name: string, role: OwnerRole, raw: string, lex: Lexicon, via?: OwnerEvidence): Owner {
  const owner: Owner = { name, role, kind: classifyOwner(name, lex), raw };
  if (via) owner.via = via;
  return owner;
}

/**
 * Split an owner list into owners: on 、，,；; line breaks and spaces, never
 * inside brackets; a clause's trailing `牵头`/`配合`/`负责` gives its role
 * (`市文明办牵头，各区配合` → lead, support), else `role`. 及/和 joins stay.
 */
export function splitOwners(text: string, role: OwnerRole, lex: Lexicon, via?: OwnerEvidence): Owner[] {
  const p = ownerPatterns(lex);
  const body = joinWrappedNames(withoutLeadRemark(unwrap(text) ?? text.trim().replace(/[。；;，,.\s]+$/u, ''), lex), lex);
  const owners: Owner[] = [];
  for (const clause of splitTopLevel(body, /[，,；;\n\r]/)) {
    if (lex.ownerListNotes.includes(clause) || isLeadRemark(clause, lex)) continue;
    const pieces = paddedNames(clause) ?? splitTopLevel(clause, /[、 \t\u3000]/);
    const last = stripSuffix(pieces.at(-1) ?? '', p);
    const clauseRole = last.role ?? role;
    pieces.forEach((piece, k) => {
      const own = k === pieces.length - 1 ? last : stripSuffix(piece, p);
      const name = cleanName(own.name, lex);
      // a role word after the name says the role (`X牵头`); a label's role is the label's
      const evidence = own.role && via !== 'label' && via !== 'column' ? 'role-word' : via;
      if (name) owners.push(makeOwner(name, own.role ?? clauseRole, piece, lex, evidence));
    });
  }
  return owners;
}

/** A remark that says which name of a list leads (`首位单位为牵头单位`, `排在第一位的为牵头部门`). */
const leadRemark = memoByLexicon((lex) => new RegExp(`(?:${alternation(lex.leadPositionWords)})[^，,。；;（）()]{0,10}为牵头`, 'u'));
/** The list without its bracketed remark (`县发改局（首位单位为牵头单位，下同）、县财政局`): a note about the names, no name. */
function withoutLeadRemark(list: string, lex: Lexicon): string {
  return isLeadRemark(list, lex) ? list.replace(/[（(][^（）()]*[)）]/gu, (bracket) => (isLeadRemark(bracket, lex) ? '' : bracket)) : list;
}
/** splitOwners runs for every cell a table types: the plain test first. */
export const isLeadRemark = (text: string, lex: Lexicon): boolean => text.includes(LEAD_REMARK_CORE) && leadRemark(lex).test(text);
const LEAD_REMARK_CORE = '为牵头';

/**
 * A name wrapped over the lines of a narrow cell (`市政` / `府办` / `公厅`,
 * `市` / `监` / `察` / `局`) is one name: a line that names nothing alone and
 * holds no separator runs on into the next. Two names on two lines
 * (`县住建局` / `县财政局`) stay two.
 */
/** The lines of a cell a few characters wide (`市政` / `府办` / `公厅`). */
const NARROW_LINE_MAX = 3;

function joinWrappedNames(body: string, lex: Lexicon): string {
  if (!body.includes('\n')) return body;
  const pieces = body.split(/\r?\n/u).map((l) => l.trim()).filter(Boolean);
  // a column a few characters wide: every line as short, the whole one name
  const joined = pieces.join('');
  if (pieces.every((l) => l.length <= NARROW_LINE_MAX) && isPlausibleOwner(joined, lex) && !isPlausibleOwner(pieces[0]!, lex)) return joined;
  const lines: string[] = [];
  for (const line of pieces) {
    const run = lines.at(-1);
    if (run !== undefined && !/[、，,；;\s]/u.test(run) && !isPlausibleOwner(run, lex)) lines[lines.length - 1] = run + line;
    else lines.push(line);
  }
  return lines.join('\n');
}

/**
 * Two-character personal names padded to three columns, as tables align them
 * (`俞 悦`, or two run together: `陆 明俞 悦`): each pair is one name, the
 * space inside it no separator. Null when the clause is not such a run.
 */
function paddedNames(clause: string): string[] | null {
  const text = clause.trim();
  if (!PADDED_NAMES.test(text)) return null;
  return text.match(/\p{Script=Han}[ \u3000]+\p{Script=Han}/gu)!.map((n) => n.replace(/[ \u3000]+/g, ''));
}
const PADDED_NAMES = /^(?:\p{Script=Han}[ \u3000]+\p{Script=Han}[ \u3000]*)+$/u;

// ---- owner lines -----------------------------------------------------------------

/** The name list after a label is owners, not a sentence. */
function ownersLookRight(owners: Owner[], lex: Lexicon): boolean {
  const clause = ownerPatterns(lex).clauseWords;
  return owners.every((o) => isPlausibleOwner(o.name, lex) || (o.name.length <= 12 && !clause.test(o.name) && !SENTENCE.test(o.name)));
}

/**
 * An owner segment ends where the bracket goes on to say when
 * (`（责任单位：机关党委，完成时限：6月底前）`, `（责任单位：机关党委，长期坚持）`).
 */
function withoutSchedule(segment: string, lex: Lexicon): string {
  const at = segment.search(ownerPatterns(lex).scheduleClause);
  return at < 0 ? segment : segment.slice(0, at);
}

/** `牵头单位：A；配合单位：B` → owners of each label; null when the text does not start with a label. */
function parseLabeled(text: string, lex: Lexicon): { owners: Owner[]; role: OwnerRole } | null {
  const p = ownerPatterns(lex);
  if (!p.labelAt.test(text)) return null;
  const marks = [...text.matchAll(p.labelGlobal)];
  const owners: Owner[] = [];
  let role: OwnerRole = 'responsible';
  marks.forEach((m, k) => {
    role = p.labelRole.get(m[1]!)!;
    const segment = withoutSchedule(text.slice(m.index + m[0].length, marks[k + 1]?.index ?? text.length), lex);
    owners.push(...splitOwners(segment.replace(/^[：:\s]+|[；;，,。\s]+$/gu, ''), role, lex, 'label'));
  });
  return ownersLookRight(owners, lex) ? { owners, role } : null;
}

/**
 * A list of names: every one a plausible owner, or — in a list of two or
 * more — most of them, the rest short names the morphology does not know
 * (`市直相关单位、高新区、岳麓区、望城区`: districts named without a unit word).
 */
export function readsAsNames(names: string[], lex: Lexicon): boolean {
  const known = names.filter((n) => isPlausibleOwner(n, lex)).length;
  if (known === names.length) return true;
  return names.length > 1 && known * 2 >= names.length && names.every((n) => isPlausibleOwner(n, lex) || n.length <= SHORT_NAME_MAX);
}
const SHORT_NAME_MAX = 4;

/** `（市文明办牵头，各区按职责分工负责）`: every clause ends with a role word and names a plausible owner. */
function parseSuffixed(inner: string, lex: Lexicon): { owners: Owner[]; role: OwnerRole } | null {
  const p = ownerPatterns(lex);
  const clauses = splitTopLevel(inner, /[，,；;]/);
  if (!clauses.length || !stripSuffix(clauses.at(-1)!, p).role) return null;
  // `区财政局、…等部门，区国投公司、各街道办事处配合`: a clause without a role word shares the next one's
  const joined = clauses.reduce((text, clause, i) => (i === 0 ? clause : `${text}${stripSuffix(clauses[i - 1]!, p).role ? '，' : '、'}${clause}`), '');
  const owners = splitOwners(joined, 'responsible', lex, 'role-word');
  // a bracket closed by its role word may name places beside units (`哈爾濱機場擴建指揮部、哈爾濱、黑河、綏芬河市政府…負責`)
  if (!owners.length || !readsAsNames(owners.map((o) => o.name), lex)) return null;
  return { owners, role: owners.at(-1)!.role };
}

/** One bracket group or bare text as an owner group. */
function parseGroup(text: string, bracketed: boolean, lex: Lexicon): { owners: Owner[]; role: OwnerRole } | null {
  // a label typed with a semicolon for its colon (`（责任单位;住建局、畜牧局）`)
  if (bracketed) text = text.replace(ownerPatterns(lex).labelSemicolon, '$1：');
  const whole = parseLabeled(text, lex) ?? (bracketed ? parseSuffixed(text, lex) : null);
  if (whole || !bracketed) return whole;
  // `〔责任单位：A、B按职责分工负责。具体任务均涉及…，不再做分工，下同。〕`: the owners are the sentences that name them, from the first; a note follows
  const sentences = splitTopLevel(text, /[。]/u);
  if (sentences.length < 2) return null;
  const groups = sentences.map((sentence) => parseLabeled(sentence, lex) ?? parseSuffixed(sentence, lex));
  if (!groups[0]) return null;
  const named = groups.filter((g): g is { owners: Owner[]; role: OwnerRole } => g !== null);
  return { owners: named.flatMap((g) => g.owners), role: named.at(-1)!.role };
}

/**
 * A line that is an owner line: `责任人：王丹`, `责任人：：王丹`, `（责任单位：市文明办）`,
 * `(牵头单位:…;配合单位:…)`. Returns its owners, or null when the line is something else.
 * `role` is the role of the last label, for continuation lines that follow.
 */
export function parseOwnerLine(line: string, lex: Lexicon): { owners: Owner[]; role: OwnerRole } | null {
  const text = line.trim();
  if (!text || !ownerPatterns(lex).ownerAny.test(text)) return null;
  const inner = unwrap(text);
  if (inner !== null) return parseGroup(inner, true, lex);
  const groups = bracketGroups(text);
  if (groups.length > 1 && groups.map((g) => g.text).join('').replace(/[。；;，,\s]/gu, '') === text.replace(/[。；;，,\s]/gu, '')) {
    const parsed = groups.map((g) => parseGroup(g.inner, true, lex));
    if (parsed.every(Boolean)) return { owners: parsed.flatMap((g) => g!.owners), role: parsed.at(-1)!.role };
    return null;
  }
  return parseLabeled(text.replace(/[。；;，,]+$/u, ''), lex);
}

/** A line after an owner line that holds only more names (`齐妍爽`, `王丹　杨婷`); null when it is not. */
export function parseContinuationOwners(line: string, role: OwnerRole, lex: Lexicon): Owner[] | null {
  const text = line.trim().replace(/[；;，,、]+$/u, '');
  if (!text || text.length > 40 || NUMBERING.test(text) || SENTENCE.test(text)) return null;
  const owners = splitOwners(text, role, lex);
  const clause = ownerPatterns(lex).clauseWords;
  if (!owners.length || !owners.every((o) => !clause.test(o.raw) && isPlausibleOwner(o.name, lex))) return null;
  return owners;
}

// ---- inline owners -------------------------------------------------------------

interface Found {
  at: number;
  owners: Owner[];
}

/** Top-level bracket groups of a text, with their position. */
function bracketGroups(text: string): { at: number; text: string; inner: string }[] {
  const groups: { at: number; text: string; inner: string }[] = [];
  let depth = 0;
  let start = -1;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (OPENER_CODES[c]) {
      if (depth === 0) start = k;
      depth++;
    } else if (CLOSER_CODES[c] && depth > 0) {
      depth--;
      if (depth === 0) groups.push({ at: start, text: text.slice(start, k + 1), inner: text.slice(start + 1, k).trim() });
    }
  }
  return groups;
}

/** Owners from a name list found in running text, all with positive evidence, or none. */
function strictOwners(list: string, role: OwnerRole, lex: Lexicon): Owner[] {
  const owners = splitOwners(list, role, lex).map((o): Owner => ({ ...o, role, via: 'inline' }));
  return owners.length && owners.every((o) => isPlausibleOwner(o.name, lex)) ? owners : [];
}

function bracketedOwners(text: string, lex: Lexicon): Found[] {
  const groups = bracketGroups(text);
  const found = groups.map((g) => ({ at: g.at, owners: parseGroup(g.inner, true, lex)?.owners ?? [] }));
  const last = groups.at(-1);
  // a quoted name (`成为名副其实的“精神文明社区”`) or a title in 《》 closes a sentence, not an assignment
  if (last && OWNER_BRACKETS.includes(last.text[0]!) && !found.at(-1)!.owners.length && text.slice(last.at + last.text.length).replace(/[。；;，,\s]/gu, '') === '') {
    found[found.length - 1] = { at: last.at, owners: listedOwners(last.inner, lex) };
  }
  return found.filter((f) => f.owners.length);
}

/**
 * A text cut after each bracket that names owners (`常住人口控制在1150万人左右。（市人口计生委、市公安局牵头）万元地区
 * 生产总值能源消耗降低20%。（市经委牵头）…`): the pieces, each with its bracket's owners; a piece after the last
 * bracket has none. One piece when no bracket names anyone.
 */
export function ownedPieces(text: string, lex: Lexicon): { text: string; owners: Owner[] }[] {
  const pieces: { text: string; owners: Owner[] }[] = [];
  let from = 0;
  for (const group of bracketGroups(text)) {
    const owners = parseGroup(group.inner, true, lex)?.owners ?? [];
    const named = owners.length ? owners : listedOwners(group.inner, lex);
    // a bracket inside a sentence (`…（含）以下…`) cuts nothing: only one right after a sentence's end, or closing the text
    const end = group.at + group.text.length;
    if (!named.length || (!/[。；;！？]\s*$/u.test(text.slice(from, group.at)) && end < text.length)) continue;
    pieces.push({ text: text.slice(from, end).trim(), owners: named });
    from = end;
  }
  const rest = text.slice(from).trim();
  if (rest) pieces.push({ text: rest, owners: [] });
  return pieces;
}

/** The owners of the bracket that closes a paragraph (`…扩建滨海新区传染病医院。（市卫生局牵头）`); none when no such bracket names any. */
export const closingBracketOwners = (text: string, lex: Lexicon): Owner[] => ownedPieces(text.replace(/[。；;，,\s]+$/u, ''), lex).at(-1)?.owners ?? [];

/**
 * The bracket that closes a task's paragraph with names and no label
 * (`（市发改委、市财政局，2024年6月底前）`, as 政府工作报告 task splits write
 * them): its names are owners when every one has positive evidence and one
 * at least is a unit by its suffix; the time clause is cut off. No label says
 * who leads, so none does.
 */
function listedOwners(inner: string, lex: Lexicon): Owner[] {
  if (lex.scopeOpeners.some((w) => inner.startsWith(w))) return [];
  // the clauses that say when (`2024年6月底前`, `长期坚持`) are no names
  const clauses = splitTopLevel(withoutSchedule(inner, lex), /[，,；;]/).filter((clause) => !mostlyDate(clause, { lexicon: lex, year: null }));
  const names = clauses.join('，');
  if (!names || names.length > 80) return [];
  const owners = splitOwners(names, 'responsible', lex).map((o): Owner => ({ ...o, via: 'bracket' }));
  // the people who see to it, as weekly plans write them (`…大赛报名（蒋敏）`, `（杨）`), and where (`（谢、王、潘，厚余小学）`: the school is the venue)
  const who = splitOwners(clauses[0] ?? '', 'responsible', lex).map((o): Owner => ({ ...o, via: 'bracket' }));
  const people = who.length <= LISTED_PERSONS_MAX && who.every((o) => looksLikePersonName(o.name, lex) || isSurname(o.name, lex));
  const venue = clauses.length === 2 && (endsWithAny(clauses[1]!, lex.unitSuffixes) || endsWithAny(clauses[1]!, lex.venueSuffixes)) && !/[、]/u.test(clauses[1]!);
  if (people && (clauses.length === 1 || venue)) return who;
  const unit = owners.some((o) => endsWithAny(o.name, lex.unitSuffixes) && !isCollective(o.name, lex));
  return unit && owners.every((o) => isPlausibleOwner(o.name, lex)) ? owners : [];
}

const LISTED_PERSONS_MAX = 3;
/** A surname alone (`（杨）`, `谢、王、潘`): a weekly plan's short for a teacher. */
const isSurname = (name: string, lex: Lexicon): boolean => name.length === 1 && lex.surnames.includes(name);

/** `由城管办负责`, `由各管区牵头开展工作`. */
function byOwners(text: string, lex: Lexicon): Found[] {
  const p = ownerPatterns(lex);
  const found: Found[] = [];
  if (!p.may.by(text)) return found;
  for (const m of text.matchAll(p.by)) {
    if (lex.byFalsePrecedes.includes(text[m.index - 1] ?? '') || lex.byFalseFollowers.includes(m[1]![0]!)) continue;
    const owners = strictOwners(afterRoleNoun(m[1]!, lex), p.byRole.get(m[2]!)!, lex);
    if (!owners.length) continue;
    found.push({ at: m.index, owners });
    found.push(...followingClauseOwners(text, m.index + m[0].length, lex));
  }
  return found;
}

/** The names after a role noun that introduces them (`陈家坝沿线包片单位县职教中心、…` → `县职教中心、…`). */
function afterRoleNoun(list: string, lex: Lexicon): string {
  let from = 0;
  for (const noun of lex.ownerRoleNouns) {
    const at = list.indexOf(noun);
    if (at >= 0 && at + noun.length < list.length) from = Math.max(from, at + noun.length);
  }
  return list.slice(from);
}

/**
 * `由消防部门负责督促整改，工商部门配合落实`: after a `由X负责` the next
 * clauses of the sentence may name more owners as their subject.
 */
function followingClauseOwners(text: string, from: number, lex: Lexicon): Found[] {
  const p = ownerPatterns(lex);
  const end = text.slice(from).search(/[。；;]/u);
  const sentence = text.slice(from, end < 0 ? text.length : from + end);
  const found: Found[] = [];
  // the clause right after the role verb (`由区运输管理所负责区安监局配合…`, `…负责、区运输管理所配合…`) or after a comma
  for (const clause of sentence.matchAll(/(?:^|[，,、])([^，,、]+)/gu)) {
    const m = p.clauseSubject.exec(clause[1]!);
    if (!m) continue;
    const owners = strictOwners(m[1]!, p.byRole.get(m[2]!)!, lex);
    if (owners.length) found.push({ at: from + clause.index!, owners });
  }
  return found;
}

/** `市文明办牵头，各区配合`. */
function leadSupportOwners(text: string, lex: Lexicon): Found[] {
  const p = ownerPatterns(lex);
  const found: Found[] = [];
  if (!p.may.leadThenSupport(text)) return found;
  for (const m of text.matchAll(p.leadThenSupport)) {
    const [first, firstWord, second, secondWord] = m[1] !== undefined ? [m[1], m[2]!, m[3]!, m[4]!] : [m[5]!, m[6]!, m[7]!, m[8]!];
    const lead = strictOwners(first, p.suffixRole.get(firstWord)!, lex);
    const other = strictOwners(second, p.suffixRole.get(secondWord)!, lex);
    if (lead.length && other.length) found.push({ at: m.index, owners: [...lead, ...other] });
  }
  return found;
}

/**
 * `县示范区管委会牵头工作（8项）`: a group heading naming the unit that leads
 * the work under it. A leader named so (`王宏副市长牵头重点工作`) supervises
 * the group and owns none of its tasks (the annotation contract).
 */
export function groupHeadingOwners(heading: string, lex: Lexicon): Owner[] {
  const p = ownerPatterns(lex);
  const m = p.groupHeading.exec(heading.trim());
  const owners = m ? strictOwners(m[1]!, p.suffixRole.get(m[2]!)!, lex) : [];
  return owners.every((o) => classifyOwner(o.name, lex) !== 'person') ? owners : [];
}

/**
 * A line that is only a unit's name, with or without a colon (`发展中心：`,
 * `市卫生局`): an office whose items may follow, as a school's weekly plan
 * heads each office's list. Its owners (no label says who leads), or none.
 */
export function unitHeadingOwners(line: string, lex: Lexicon): Owner[] {
  const m = UNIT_HEADING.exec(line.trim());
  if (!m || ownerPatterns(lex).labelWords.some((w) => m[1]!.includes(w))) return [];
  const owners = strictOwners(m[1]!, 'responsible', lex);
  return owners.length && owners.every((o) => classifyOwner(o.name, lex) === 'unit' && endsWithAny(o.name, lex.unitSuffixes)) ? owners : [];
}
const UNIT_HEADING = /^([^，。；：:！？\s（）()]{2,20})[：:]?$/u;

/** `人力资源部负责统计…`: a unit (by its suffix, not a collective) that opens its sentence with 负责. */
function dutyOpeningOwners(text: string, lex: Lexicon): Found[] {
  const p = ownerPatterns(lex);
  const found: Found[] = [];
  if (!p.may.dutyOpening(text)) return found;
  for (const m of text.matchAll(p.dutyOpening)) {
    // a unit named by its name, not by its role (`牵头单位负责统筹协调` names no one)
    const owners = strictOwners(m[1]!, 'responsible', lex);
    const units = owners.filter((o) => endsWithAny(o.name, lex.unitSuffixes) && !p.labelWords.some((w) => o.name.endsWith(w)));
    // every name of a list must be a unit's (`教育、卫生部门负责` is one phrase, not two owners)
    if (units.length && units.length === owners.length) found.push({ at: m.index, owners: units });
  }
  return found;
}

/** `镇应急办牵头，组织…`: the sentence's subject, with the lead's role word and a clause of its own after it. */
function leadOpeningOwners(text: string, lex: Lexicon): Found[] {
  const p = ownerPatterns(lex);
  const found: Found[] = [];
  if (!p.may.leadOpening(text)) return found;
  for (const m of text.matchAll(p.leadOpening)) {
    const owners = strictOwners(m[1]!, 'lead', lex);
    if (owners.length) found.push({ at: m.index, owners });
  }
  return found;
}

/** `分管党政成员为第一责任人，科室负责人为直接责任人`. */
function accountableOwners(text: string, lex: Lexicon): Found[] {
  const p = ownerPatterns(lex);
  const found: Found[] = [];
  if (!p.may.accountable(text)) return found;
  for (const m of text.matchAll(p.accountable)) {
    const owners = strictOwners(m[1]!, 'responsible', lex);
    if (owners.length) found.push({ at: m.index, owners });
  }
  return found;
}

/**
 * Owners written inside a task's text: bracketed labels anywhere
 * (`（责任单位：市文明办）`), `由城管办负责`, `市文明办牵头，各区配合`, `镇应急办牵头，组织…`,
 * `分管党政成员为第一责任人`. Conservative: every name needs positive evidence,
 * and a bare verb (`…的同志专门负责…`, `袁家军省长主抓`) makes no owner.
 */
export function findInlineOwners(text: string, lex: Lexicon): Owner[] {
  const named = [...bracketedOwners(text, lex), ...byOwners(text, lex), ...leadSupportOwners(text, lex), ...leadOpeningOwners(text, lex), ...accountableOwners(text, lex)];
  // a sentence's subject with 负责 answers only where nothing else names the owners (`市人才工作领导小组负责…统筹协调` beside the brackets of units)
  const found = named.length ? named : dutyOpeningOwners(text, lex);
  found.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  return found.flatMap((f) => f.owners).filter((o) => !seen.has(`${o.role}\u0000${o.name}`) && !!seen.add(`${o.role}\u0000${o.name}`));
}

// ---- rosters -------------------------------------------------------------------

function rosterOwnerRole(role: string, lex: Lexicon): OwnerRole {
  if (endsWithAny(role, lex.rosterSupportRoles)) return 'support';
  const lead = lex.rosterLeadRoles.find((r) => role.endsWith(r));
  return lead && !role.endsWith(`${lex.deputyPrefix}${lead}`) ? 'lead' : 'responsible';
}

/** The role label's start: back over the group name before it (`人口管理组组长`), to a boundary. */
function labelStart(text: string, roleAt: number): number {
  let k = roleAt;
  while (k > 0 && roleAt - k < 12 && /[\p{Script=Han}“”"]/u.test(text[k - 1]!)) k--;
  return k;
}

/** `组长：xx。副组长：xx。成员：…`, `领导小组组长：负责迎检全面工作和总协调；`. */
function labeledRoster(text: string, lex: Lexicon): Omit<RosterEntry, 'location'>[] | null {
  const p = ownerPatterns(lex);
  const marks = [...text.matchAll(p.rosterLabel)].map((m) => ({ start: labelStart(text, m.index), roleEnd: m.index + m[1]!.length, end: m.index + m[0].length }));
  if (!marks.length || marks[0]!.start !== 0) return null;
  const entries = marks.map((m, k) => {
    const role = text.slice(m.start, m.roleEnd);
    const content = text.slice(m.end, marks[k + 1]?.start ?? text.length).replace(/^[\s：:]+|[\s。；;，,]+$/gu, '');
    return rosterEntry(role, content, lex);
  });
  return entries.every(Boolean) ? (entries as Omit<RosterEntry, 'location'>[]) : null;
}

/** One roster label's content: members, a duty (`负责…`), or members then a duty. */
function rosterEntry(role: string, content: string, lex: Lexicon): Omit<RosterEntry, 'location'> | null {
  const entry: Omit<RosterEntry, 'location'> = { role, members: [] };
  const dutyAt = content.search(ownerPatterns(lex).duty);
  const names = dutyAt < 0 ? content : content.slice(0, dutyAt);
  const duty = dutyAt < 0 ? '' : content.slice(dutyAt).replace(/^[，,；;\s]+/u, '');
  if (duty) entry.duty = duty;
  if (names.trim()) {
    entry.members = splitOwners(names, rosterOwnerRole(role, lex), lex, 'roster');
    if (!ownersLookRight(entry.members, lex)) return null;
  }
  return entry.members.length || entry.duty ? entry : null;
}

/** `市物业办主任郭赪光` → `郭赪光`; `书记` stays `书记`; `由社区书记` → `社区书记`. */
function holderName(text: string, lex: Lexicon): string {
  let holder = text.replace(ownerPatterns(lex).holderPrefix, '');
  for (let k = holder.length - 2; k > 0; k--) {
    const title = lex.personTitles.find((t) => holder.slice(0, k).endsWith(t));
    if (title && looksLikePersonName(holder.slice(k), lex)) {
      holder = holder.slice(k);
      break;
    }
  }
  return holder;
}

/** The role without a long lead-in: `街道“创城”工作领导小组组长` → `工作领导小组组长`. */
function trimRole(role: string): string {
  const m = /[\p{Script=Han}]{1,10}$/u.exec(role.replace(/^.*[”"]/u, ''));
  return m ? m[0] : role;
}

/** `郭赪光任组长`, `组长由街道主要领导担任`, `以小区经理为组长`. */
function clauseRoster(text: string, lex: Lexicon): Omit<RosterEntry, 'location'>[] {
  const p = ownerPatterns(lex);
  const found: { at: number; role: string; holder: string }[] = [];
  for (const m of text.matchAll(p.rosterTakes)) found.push({ at: m.index, role: m[2]!, holder: holderName(m[1]!, lex) });
  for (const m of text.matchAll(p.rosterHeldBy)) found.push({ at: m.index, role: trimRole(m[1]!), holder: m[2]! });
  for (const m of text.matchAll(p.rosterWith)) found.push({ at: m.index, role: m[2]!, holder: m[1]! });
  found.sort((a, b) => a.at - b.at);
  return found
    .filter((f) => f.holder && isPlausibleOwner(f.holder, lex))
    .map((f) => ({ role: f.role, members: [makeOwner(f.holder, rosterOwnerRole(f.role, lex), f.holder, lex, 'roster')] }));
}

/** A leadership roster line (`组长：xx。副组长：xx。`, `领导小组组长：负责…`, `郭赪光任组长`); null when it is not one. */
export function parseRosterLine(line: string, lex: Lexicon): Omit<RosterEntry, 'location'>[] | null {
  const text = line.trim();
  if (!text || !ownerPatterns(lex).rosterAny.test(text)) return null;
  const labeled = labeledRoster(text, lex);
  if (labeled) return labeled;
  const clauses = clauseRoster(text, lex);
  return clauses.length ? clauses : null;
}

/** The role a label gives (`配合单位` → support), or null for a word that is no owner label. */
export function ownerLabelRole(label: string, lex: Lexicon): OwnerRole | null {
  return ownerPatterns(lex).labelRole.get(label) ?? null;
}

/**
 * The owners of a field's value (`市教育局。`, `A、B，6月底完成`): split, the
 * clause about time cut off; [] when the value reads as a sentence, not names.
 */
export function ownersOfField(value: string, role: OwnerRole, lex: Lexicon, via: OwnerEvidence = 'label'): Owner[] {
  const owners = splitOwners(withoutSchedule(value, lex).replace(/^[：:\s]+|[；;，,。\s]+$/gu, ''), role, lex, via);
  return ownersLookRight(owners, lex) ? owners : [];
}

/**
 * `各有关责任单位要…`: a requirement whose subject is itself an owner word
 * (`责任单位`, `责任部门`, `成员单位`) names its owner. Any other subject
 * (`各社区要…`) is narrative, not an assignment.
 */
export function subjectOwners(text: string, lex: Lexicon): Owner[] {
  const m = /^([^，。；：、\s（）]{2,16}?)(?:要|应当|应|须|必须)/u.exec(text.trim());
  if (!m) return [];
  const name = m[1]!;
  const words = [...Object.values(lex.ownerLabels).flat(), ...lex.subjectOwnerWords];
  if (!words.some((w) => name.endsWith(w))) return [];
  return [makeOwner(name, 'responsible', name, lex, 'subject')];
}
