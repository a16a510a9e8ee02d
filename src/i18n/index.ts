/** What views use to speak a language: the catalogue, messages, rule texts, positions. */
import type { Location } from '../model/plan.js';
import type { Lang } from './lang.js';
import { catalog } from './catalog/index.js';
import { formatMessage, type MessageData } from './message.js';

export { LANGS, detectLang, isLang, resolveLang, type Lang } from './lang.js';
export { catalog, type Catalog } from './catalog/index.js';
export { formatMessage, type MessageData } from './message.js';
export { peopleDate, peopleSpan } from './dates.js';

/** A rule's finding in words: its message id and data through the language's catalogue. */
export function ruleMessage(lang: Lang, ruleId: string, messageId: string, data: MessageData = {}): string {
  const c = catalog(lang);
  const template = c.rules[ruleId]?.[messageId] ?? catalog('en').rules[ruleId]?.[messageId];
  if (template === undefined) throw new Error(`no message ${ruleId}/${messageId} in the catalogue`);
  const message = formatMessage(template, data, lang);
  // a finding about one step of a task (a milestone) names the step first
  return data.step !== undefined ? formatMessage(c.finding.inStep, { step: data.step, message }, lang) : message;
}

/** A rule's description: English is the rule module's own, other languages come from their catalogue. */
export function ruleDescription(rule: { id: string; description: string }, lang: Lang): string {
  return catalog(lang).ruleDescriptions[rule.id] ?? rule.description;
}

/** A stage's message in the language, from its messageId and data when the catalogue words it; else its English reason. */
export function messageText(m: { reason: string; messageId?: string; data?: MessageData }, lang: Lang): string {
  const template = m.messageId === undefined ? undefined : catalog(lang).messages[m.messageId];
  return template === undefined ? m.reason : formatMessage(template, m.data ?? {}, lang);
}

/** `paragraph 17`, `table 1, row 8, cell 3` (or the short `¶17`, `T1 R8 C3`); null for a plain text line. */
export function wordPosition(location: Location, lang: Lang, short = false): string | null {
  const p = catalog(lang).position;
  const say = (template: string) => formatMessage(template, location as unknown as MessageData, lang);
  if (location.table !== undefined) {
    const parts = [say(short ? p.shortTable : p.table)];
    if (location.row !== undefined) parts.push(say(short ? p.shortRow : p.row));
    if (location.cell !== undefined) parts.push(say(short ? p.shortCell : p.cell));
    return parts.join(short ? ' ' : p.joiner);
  }
  if (location.paragraph !== undefined) return say(short ? p.shortParagraph : p.paragraph);
  return null;
}

/** Where to look, for a person: the Word position with the text line, or the line alone. */
export function sourcePosition(location: Location, lang: Lang): string {
  const p = catalog(lang).position;
  const word = wordPosition(location, lang);
  const line = formatMessage(p.line, { line: location.line }, lang);
  return word ? formatMessage(p.wordAndLine, { word, line: location.line }, lang) : line;
}
