/**
 * `plan-parse check` on the real documents: seed 000's plan and every Word
 * version of it give exactly the gaps a reader finds in it (from the gold
 * file's meaning, not from what the extractor happens to produce), with
 * Word locations for Word files.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { checkFile } from '../src/check/process-file.js';
import { ConfigFinder, defaultConfig } from '../src/config/load.js';
import type { Finding } from '../src/model/finding.js';
import { SEEDS, fixture, readGold } from './helpers/corpus.js';

const gold = readGold('000-kongtiao-plan.json');

/** The plan's gaps, as a reader of it states them. */
const expected = [
  // every task has a named owner except 整治窗口服务缺位, whose only owner is 全体工作人员
  ['collective-owner', '整治窗口服务缺位'],
  // tasks with no deadline at all; 拆除违法建筑 reports weekly (每周四), 整治小区环境卫生 has dated steps
  ...gold.tasks.filter((t: any) => t.deadline_text === null).map((t: any) => ['missing-deadline', t.title]),
  // its only deadline hangs on the national inspection, which has no date
  ['vague-deadline', '规范创城网上申报材料专项行动'],
].sort();

/** A fixed default configuration, so no .planparserc above the checkout can change the results. */
const finder = new ConfigFinder(defaultConfig());

async function planFindings(path: string): Promise<Finding[]> {
  const { report } = await checkFile(path, { finder });
  return report.findings.filter((f) => f.document === 0);
}

const pairs = (findings: Finding[]) => findings.map((f) => [f.ruleId, f.taskTitle]).sort();

describe('seed 000, the reference plan', () => {
  it('gives exactly the expected findings: no missing-owner, one collective-owner, the missing and vague deadlines', async () => {
    const findings = await planFindings(SEEDS.kongtiao);
    expect(expected.filter(([rule]) => rule === 'missing-deadline')).toHaveLength(8);
    expect(pairs(findings)).toEqual(expected);
  });

  it('points each finding at its task line, with an excerpt', async () => {
    const findings = await planFindings(SEEDS.kongtiao);
    const collective = findings.find((f) => f.ruleId === 'collective-owner')!;
    expect(collective.location).toMatchObject({ line: 31 });
    expect(collective.location.excerpt).toMatch(/^3．整治窗口服务缺位/);
    expect(findings.find((f) => f.ruleId === 'vague-deadline')!.location.line).toBe(45);
  });
});

/** Every Word version of seed 000 (fixtures/docx/000-*): literal and automatic numbering, LibreOffice, messy, a task table, legacy .doc. */
const WORD_FILES = readdirSync(fixture('docx')).filter((name) => name.startsWith('000-')).sort();

it('covers the Word versions', () => {
  expect(WORD_FILES.length).toBeGreaterThanOrEqual(8);
});

describe.each(WORD_FILES)('Word version %s', (name) => {
  const findings = planFindings(fixture(`docx/${name}`));

  it('gives the same findings as the text original', async () => {
    expect(pairs(await findings)).toEqual(expected);
  });

  if (name.endsWith('.docx')) {
    it('locates them by Word paragraph (or table row and cell), mapped to a line of the extracted text', async () => {
      for (const f of await findings) {
        expect(f.location.line).toBeGreaterThan(0);
        if (name === '000-table.docx') expect(f.location).toMatchObject({ table: 1, row: expect.any(Number), cell: expect.any(Number) });
        else expect(f.location.paragraph).toEqual(expect.any(Number));
      }
    });
  }
});
