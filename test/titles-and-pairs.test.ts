/**
 * Document titles as the real corpus' annotators read them — from the title
 * line, a notice wrapper (`…关于印发X的通知` then X's own title), a title split
 * over two lines, a title followed by its 文号, an untitled report naming itself
 * in 《…》, traditional script — and the same plan as Word and as text giving
 * the same tasks, owners and deadlines (issue 9, items 6 and 7).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parseFile, parseText } from '../src/index.js';
import type { PlanDocument, Task } from '../src/model/plan.js';
import { fixture, realNewDoc } from './helpers/corpus.js';
import { runCli } from './helpers/cli.js';

interface Gold {
  doc: string;
  title: string | null;
}

const goldFiles = readdirSync(fixture('real/gold')).filter((f) => f.endsWith('.json')).sort();
const goldOf = (file: string): Gold => JSON.parse(readFileSync(fixture(`real/gold/${file}`), 'utf8'));
const base = (file: string) => file.replace(/\.json$/, '');
const only = async (path: string): Promise<PlanDocument> => {
  const parsed = await parseFile(path);
  expect(parsed.documents, path).toHaveLength(1);
  return parsed.documents[0]!;
};

describe('document titles of the real corpus', () => {
  const titled = goldFiles.filter((f) => goldOf(f).title !== null);

  it('covers the notice, two-line, 文号, self-named and traditional cases', () => {
    expect(titled.length).toBeGreaterThanOrEqual(14);
  });

  for (const file of titled) {
    it(`${base(file)}: the annotators' title, as text and as Word`, async () => {
      const gold = goldOf(file);
      for (const path of [fixture(`real/docs/${base(file)}.txt`), fixture(`real/docx/${base(file)}.docx`)]) {
        expect((await only(path)).title, path).toBe(gold.title);
      }
    });
  }

  it('real plans by others (real-more): titles with a note line, over three lines, with a disclosure note, wrapped in 《》, or two in a row; years of plan periods and school terms', async () => {
    const brackets = (s: string | null) => (s ?? '').replace(/\(/g, '（').replace(/\)/g, '）');
    const files = readdirSync(fixture('real-more/gold')).filter((f) => f.endsWith('.json')).sort();
    // 14 keeps its 文号 in the gold title (the real corpus drops it); 23's notice title of 80 characters runs past what a title line may be
    const cases = files.filter((f) => !/^(14|23)_/.test(f)).flatMap((file) => {
      const gold = JSON.parse(readFileSync(fixture(`real-more/gold/${file}`), 'utf8')) as Gold & { year: number | null };
      return [{ file, gold, path: fixture(`real-more/docs/${gold.doc}`) }];
    });
    for (const { gold, path } of cases) {
      const parsed = await parseFile(path);
      expect(parsed.documents, path).toHaveLength(1);
      expect(brackets(parsed.documents[0]!.title), path).toBe(brackets(gold.title));
      expect(parsed.documents[0]!.year, path).toBe(gold.year);
    }
  });

  it('a notice and the plan it prints are one document: the plan titles it, the notice gives its date, and its text yields no task', async () => {
    const doc = await only(fixture('real/docs/19_dazhu-2016-livelihood-table.txt'));
    expect(doc.title).toBe('2016年民生实事目标任务分解表');
    expect(doc.kind).toBe('plan');
    expect(doc.date).toBe('2016-02-26');
    // the notice's 每季度末月20日前 reporting duty is not a task of the table
    expect(doc.tasks.every((t) => !t.text.includes('每季度'))).toBe(true);
  });

  it('a page that starts with the notice and ends it with 附件1 above the plan: the notice is no part of the plan (real-more 01)', async () => {
    const doc = await only(fixture('real-more/docs/01_qinxian-2025-task-list-annex.txt'));
    expect(doc.title).toBe('2025年县政府工作报告任务清单');
    expect(doc.date).toBe('2025-05-18');
    expect(doc.tasks.map((t) => t.number)).toEqual([['一', '1'], ['一', '2'], ['一', '3']]);
  });

  it('a notice that names the plan it prints stays its wrapper even with numbered requirements of its own (real-new 10)', async () => {
    // `关于印发…责任分解方案的通知` … `并就有关事项通知如下：一、…于2023年1月15日前…` … then the plan's title
    const doc = await only(fixture('real-new/docs/10_caidian-2023-target-fields-next-line.txt'));
    expect(doc.title).toBe('2023年区《政府工作报告》确定的主要目标任务责任分解方案');
    expect(doc.date).toBe('2023-01-03');
    expect(doc.sections.map((s) => s.heading)).toEqual(['2023年全区经济社会发展的主要预期目标']);
    expect(doc.tasks.map((t) => [t.number.join('/'), t.owners.map((o) => o.name).join('、')])).toEqual([
      ['一/（一）', '区发展和改革局'],
      ['一/（二）', '区科技和经信局'],
      ['一/（三）', '区发展和改革局'],
    ]);
  });

  it('a notice title naming two plans (119 characters) is the title of a notice-only page: its requirements are tasks only with a deadline (real-new 13)', async () => {
    const doc = await only(fixture('real-new/docs/13_jiayu-2024-notice-two-plans-metadata.txt'));
    expect(doc.title).toMatch(/^县人民政府办公室关于印发2024年县《政府工作报告》.*涉及嘉鱼重点事项责任分解方案的通知$/);
    expect(doc.sections.map((s) => s.heading)).toEqual(['务必高度重视', '务必高效推进']);
    expect(doc.tasks.map((t) => [t.number.join('/'), t.deadline?.end])).toEqual([['一', '2024-02-29']]);
  });

  it('an annex with its own title continues the plan it is attached to', () => {
    const text = [
      '某镇2024年环境整治工作方案',
      '一、主要任务',
      '1.清理河道垃圾。（责任单位：镇农业服务中心，完成时限：2024年6月底前）',
      '附件',
      '环境整治任务分解表',
      '序号 | 工作任务 | 责任单位 | 完成时限',
      '1 | 拆除违章搭建 | 镇城管中队 | 2024年9月底前',
    ].join('\n');
    const docs = parseText(text).documents;
    expect(docs).toHaveLength(1);
    expect(docs[0]!.title).toBe('某镇2024年环境整治工作方案');
    expect(docs[0]!.tasks.map((t) => t.title)).toEqual(['清理河道垃圾', '拆除违章搭建']);
  });

  it('reads traditional script with the simplified lexicons and writes results as the document does', async () => {
    const parsed = await parseFile(fixture('real/docs/14_xianyang-fangguanfu-2022-trad.txt'));
    expect(parsed.signals).toContain('traditional-script');
    const task = parsed.documents[0]!.tasks[0]!;
    expect(task.owners.map((o) => [o.name, o.role])).toEqual([
      ['市政府辦公室', 'lead'],
      ['市行政審批制度改革工作領導小組辦公室', 'lead'],
      ['市級各有關部門及各縣市區政府', 'responsible'],
    ]);
    expect(task.deadline.text).toContain('10月底前');
  });

  it('leaves a simplified text unfolded', async () => {
    const parsed = await parseFile(fixture('real/docs/01_guangzhou-talent-633.txt'));
    expect(parsed.signals).not.toContain('traditional-script');
  });
});

/** What a user compares between the two copies: the work, who does it, by when. */
const essentials = (t: Task) => ({
  title: t.title,
  owners: t.owners.map((o) => `${o.name}/${o.role}`),
  deadline: t.deadline ? [t.deadline.kind, t.deadline.start ?? null, t.deadline.end ?? null] : null,
});

/**
 * Tasks the Word copy cannot see, and why. 01's item `11.121人才梯队项目` is
 * typed between two items of Word's automatic list (shown as 2、 and 3、):
 * the text copy recovers it from the series 10. … 12., the Word copy has no
 * series its typed 11 fits, and its owners join the item above.
 */
const wordMisses: Record<string, string[]> = {
  '01_guangzhou-talent-633': ['121人才梯队项目'],
};

describe('Word = text: every plan of fixtures/real as .docx and as .txt', () => {
  for (const file of goldFiles) {
    it(`${base(file)}: the same tasks, owners and deadlines`, async () => {
      const text = await only(fixture(`real/docs/${base(file)}.txt`));
      const word = await only(fixture(`real/docx/${base(file)}.docx`));
      const misses = wordMisses[base(file)] ?? [];
      expect(text.tasks.filter((t) => misses.includes(t.title)).map((t) => t.title)).toEqual(misses);
      // the missed item's owner bracket lands on the item above it: that item is compared without owners
      const above = new Set(text.tasks.flatMap((t, i) => (misses.includes(t.title) && i > 0 ? [text.tasks[i - 1]!.title] : [])));
      const compared = (t: Task) => (above.has(t.title) ? { ...essentials(t), owners: [] } : essentials(t));
      expect(word.tasks.map(compared)).toEqual(text.tasks.filter((t) => !misses.includes(t.title)).map(compared));
      expect(word.phases.map((p) => [p.name, p.start, p.end])).toEqual(text.phases.map((p) => [p.name, p.start, p.end]));
      expect(word.sections.map((s) => s.heading)).toEqual(text.sections.map((s) => s.heading));
    });
  }
});

describe('no silent zero (issue 9 item 7)', () => {
  const phasesOnly = fixture('real/docs/08_wuzhong-safety-year-phases.txt');

  it('check reports no-tasks for a plan that yields no task, and nothing of the kind for one that does', () => {
    const zero = runCli(['check', '-f', 'json', phasesOnly]);
    const findings = JSON.parse(zero.stdout).files?.[0]?.findings ?? JSON.parse(zero.stdout).findings ?? JSON.parse(zero.stdout);
    expect(JSON.stringify(findings)).toContain('"no-tasks"');
    const some = runCli(['check', '-f', 'json', fixture('real/docs/19_dazhu-2016-livelihood-table.txt')]);
    expect(some.stdout).not.toContain('"no-tasks"');
  });

  it('the terminal view says so instead of an empty table', () => {
    const { stdout } = runCli([phasesOnly]);
    expect(stdout).toContain('no task found');
    expect(stdout).toContain('动员部署');
  });
});

describe('a page title line over the notice that prints the plan (real-new 58 威海)', () => {
  it('is one document: the page title, a source line, the notice, the plan titled by its own title line', async () => {
    const { documents } = await parseFile(realNewDoc('58_'));
    expect(documents).toHaveLength(1);
    expect(documents[0]!.title).toBe('数字威海建设2023年工作要点');
    expect(documents[0]!.tasks.map((t) => t.number.join('/'))).toEqual(['一/（一）/1', '一/（一）/2']);
  });
});
