/**
 * Issue 12: the text view of a huge plan (200,000 lines of `一、`) is a
 * result, not a stack overflow or a quadratic scan. A real seed's tasks are
 * repeated to that count (titles like the lines' own), so the test stays
 * fast (no 200k-line parse).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { parseBytes } from '../src/pipeline.js';
import { renderText, type TaskMark } from '../src/formats/text.js';
import { FIXTURES } from './helpers/batch.js';

const COUNT = 200_000;

describe('text view of a plan with 200,000 tasks', () => {
  it('renders every row (no spread of the rows into Math.max, marks looked up by task)', async () => {
    const file = join(FIXTURES, 'seeds', '000_6b83b6aff292ad91.txt');
    const parsed = await parseBytes(readFileSync(file), file);
    const doc = parsed.documents[0]!;
    const seed = doc.tasks;
    expect(seed.length).toBeGreaterThan(0);
    // short titles: what is tested is the row count, not string-width's speed on long cells
    doc.tasks = Array.from({ length: COUNT }, (_, i) => ({ ...seed[i % seed.length]!, id: `t${i}`, title: '一、' }));
    const marks: TaskMark[] = doc.tasks.map((t) => ({ taskId: t.id, document: doc.index, severity: 'warning', ruleId: 'missing-owner', message: 'no owner' }));
    const out = renderText([parsed], { chalk: new Chalk({ level: 0 }), marks });
    expect(out.split('\n').length).toBeGreaterThan(COUNT);
  });
});
