/**
 * Hand-built parsed plans for rule tests: the rules see exactly the model
 * these build, whatever the owner/deadline grammar currently extracts.
 */
import type { Deadline, Owner, ParsedFile, Phase, PlanDocument, Task } from '../../src/model/plan.js';

export const person = (name: string, role: Owner['role'] = 'responsible'): Owner => ({ name, role, kind: 'person', raw: name });
export const unit = (name: string): Owner => ({ name, role: 'responsible', kind: 'unit', raw: name });
export const collective = (name: string): Owner => ({ name, role: 'responsible', kind: 'collective', raw: name });
export const placeholder = (name: string): Owner => ({ name, role: 'responsible', kind: 'placeholder', raw: name });

export const dateDeadline = (end: string, text = end, start = end): Deadline => ({ text, kind: 'date', start, end, precision: 'exact' });
export const rangeDeadline = (start: string, end: string, text = `${start}—${end}`): Deadline => ({ text, kind: 'range', start, end, precision: 'exact' });
export const weekly: Deadline = { text: '每周四', kind: 'recurring', precision: 'exact', recurrence: { unit: 'week', every: 1, at: '4' } };
export const ongoing: Deadline = { text: '常态化', kind: 'ongoing', precision: 'fuzzy' };
export const vague: Deadline = { text: '尽快', kind: 'relative', precision: 'fuzzy', vague: true };
export const beforeEvent: Deadline = { text: '在迎接国家实地测评之前', kind: 'relative', precision: 'fuzzy', anchor: '迎接国家实地测评' };

let line = 10;

export function task(title: string, fields: Partial<Task> = {}): Task {
  line += 3;
  return {
    id: 't0',
    number: [],
    title,
    text: `${title}。`,
    section: '主要任务',
    parent: null,
    owners: [person('王丹')],
    deadline: dateDeadline('2024-06-30'),
    milestones: [],
    location: { line, excerpt: title },
    ...fields,
  };
}

export function phase(name: string, start: string | null, end: string | null, atLine: number): Phase {
  return { name, start, end, text: name, location: { line: atLine, excerpt: name } };
}

export function doc(fields: Partial<PlanDocument> = {}): PlanDocument {
  const tasks = (fields.tasks ?? []).map((t, i) => ({ ...t, id: `t${i + 1}` }));
  return {
    index: 0,
    title: '2024年社区环境整治工作方案',
    kind: 'plan',
    year: 2024,
    date: null,
    location: { start: { line: 1, excerpt: '2024年社区环境整治工作方案' }, end: { line: 200 } },
    sections: [
      { number: '一', heading: '指导思想', kind: 'guidance', location: { line: 2 }, children: [] },
      { number: '二', heading: '主要任务', kind: 'tasks', location: { line: 4 }, children: [] },
      { number: '五', heading: '保障措施', kind: 'safeguards', location: { line: 190 }, children: [] },
    ],
    phases: [],
    problems: [],
    organization: [],
    ...fields,
    tasks,
  };
}

export function file(...documents: PlanDocument[]): ParsedFile {
  return {
    schemaVersion: '1.1',
    source: { path: 'plans/test.txt', format: 'txt', encoding: 'utf-8', sha256: '0' },
    signals: [],
    messages: [],
    documents: documents.map((d, i) => ({ ...d, index: i })),
  };
}
