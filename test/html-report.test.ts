/**
 * `--format html` (issue 13): one self-contained page per plan or per archive.
 * The DOM is checked with cheerio on every run — nothing loaded from outside,
 * a row with a linkable id per task, gaps marked with their rule ids, the
 * timeline's bars, the load per owner, the findings, the source positions —
 * against the parse JSON and check findings of the same files. Then a real
 * browser (Debian's Chromium through playwright-core) loads the reports,
 * when /usr/bin/chromium is there: no console error, no request, bars that
 * are drawn, a filter box that works, and a screenshot in test/output/ for a
 * person to look at (the README's picture, docs/html-report.png, is that file).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { runCli, ROOT } from './helpers/cli.js';
import { removeTempDirs, tempDir } from './helpers/batch.js';
import { fixture } from './helpers/corpus.js';
import { hasChromium, loadPage, openBrowser, type Browser } from './helpers/browser.js';
import { cellText } from '../src/text/width.js';
import type { ParsedFile } from '../src/model/plan.js';

afterAll(removeTempDirs);

const AUTONUM = fixture('docx/000-autonum.docx');
const OUTPUT = join(ROOT, 'test', 'output');

interface Finding {
  ruleId: string;
  severity: string;
  document: number;
  taskId?: string;
}

function parseJson(path: string): ParsedFile {
  return JSON.parse(runCli(['--format', 'json', path]).stdout) as ParsedFile;
}

/** Every URL-like reference of the page: what a browser would fetch. */
function references($: CheerioAPI): string[] {
  const out: string[] = [];
  $('[src], [href], link, [xlink\\:href]').each((_, el) => {
    for (const name of ['src', 'href', 'xlink:href']) {
      const value = $(el).attr(name);
      if (value !== undefined) out.push(value);
    }
  });
  return out;
}

/** Days of the ISO end of a task's deadline: the tasks the timeline must draw. */
function datedTasks(doc: ParsedFile['documents'][number]) {
  return doc.tasks.filter((t) => t.deadline && t.deadline.kind !== 'recurring' && t.deadline.kind !== 'ongoing' && (t.deadline.end ?? t.deadline.start));
}

describe('parse --format html: one plan', () => {
  const dir = tempDir('plan-parse-html-');
  const path = join(dir, 'autonum.html');
  let html: string;
  let $: CheerioAPI;
  let parsed: ParsedFile;
  let findings: Finding[];

  beforeAll(() => {
    const result = runCli([AUTONUM, '--format', 'html', '--lang', 'zh', '-o', path]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    html = readFileSync(path, 'utf8');
    $ = load(html);
    parsed = parseJson(AUTONUM);
    findings = JSON.parse(runCli(['check', '-f', 'json', AUTONUM]).stdout).files[0].findings;
  });

  it('is self-contained: no script, style, font or image from outside, and a CSP that forbids them', () => {
    expect($('script[src], link[rel="stylesheet"], img, iframe, object').length).toBe(0);
    expect(references($).filter((r) => !r.startsWith('#'))).toEqual([]);
    expect(html).not.toMatch(/@import|url\(|@font-face/);
    // the only http URL is the SVG namespace
    expect(html.match(/https?:\/\/[^\s"'<>]+/g)?.filter((u) => u !== 'http://www.w3.org/2000/svg') ?? []).toEqual([]);
    expect($('meta[http-equiv="Content-Security-Policy"]').attr('content')).toMatch(/^default-src 'none'/);
    expect($('html').attr('lang')).toBe('zh-CN');
    expect($('meta[charset]').attr('charset')).toBe('utf-8');
  });

  it('has a section per document and a task row with a unique, linkable id per task', () => {
    expect($('section.document').map((_, el) => $(el).attr('id')).get()).toEqual(parsed.documents.map((d) => `f1-d${d.index}`));
    parsed.documents.forEach((doc) => {
      const rows = $(`section#f1-d${doc.index} table.tasks tbody tr.task`);
      expect(rows.length).toBe(doc.tasks.length);
      rows.each((i, tr) => {
        const task = doc.tasks[i]!;
        expect($(tr).attr('id')).toBe(`f1-d${doc.index}-${task.id}`);
        expect($(tr).find('td.num a').attr('href')).toBe(`#f1-d${doc.index}-${task.id}`);
        expect($(tr).find('td.title strong').text()).toBe(cellText(task.title));
      });
    });
    const ids = $('[id]').map((_, el) => $(el).attr('id')).get();
    expect(new Set(ids).size).toBe(ids.length);
    // every in-page link lands somewhere
    for (const ref of references($)) expect(ids, ref).toContain(ref.slice(1));
  });

  it('marks the gaps with their rule ids, as check finds them, and gives each row its source position', () => {
    let marked = 0;
    for (const doc of parsed.documents) {
      for (const task of doc.tasks) {
        const tr = $(`tr#f1-d${doc.index}-${task.id}`);
        const own = [...new Set(findings.filter((f) => f.document === doc.index && f.taskId === task.id).map((f) => f.ruleId))];
        expect(tr.find('td.rules code').map((_, c) => $(c).text()).get().sort()).toEqual(own.sort());
        expect(tr.hasClass('has-gap')).toBe(own.length > 0);
        if (own.includes('missing-deadline')) expect(tr.find('td.deadline').hasClass('gap-warning')).toBe(true), marked++;
        if (own.includes('missing-owner')) expect(tr.find('td.owner').first().text()).toBe('无责任人'), marked++;
        expect(tr.find('td.where').text()).toBe(`第${task.location.paragraph}段（文本第${task.location.line}行）`);
      }
    }
    expect(marked).toBeGreaterThanOrEqual(10);
  });

  it('draws a timeline per document: a bar per phase and per dated task, each linked to its row', () => {
    parsed.documents.forEach((doc) => {
      const svg = $(`section#f1-d${doc.index} svg.timeline`);
      expect(svg.find('rect.phase').length).toBe(doc.phases.length);
      expect(svg.find('rect.task').length).toBe(datedTasks(doc).length);
      svg.find('a').each((_, a) => expect($(`[id="${$(a).attr('href')!.slice(1)}"]`).length).toBe(1));
    });
    const months = $('section#f1-d0 svg.timeline text.month').map((_, t) => $(t).text()).get();
    expect(months).toEqual(['2024年4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月']);
    expect($('section#f1-d0 svg.timeline title').text()).toContain('整治小区环境卫生');
  });

  it('counts the load per owner (lead and responsible, each task once) and lists every finding', () => {
    const doc = parsed.documents[0]!;
    const expected = new Map<string, number>();
    for (const t of doc.tasks) for (const name of new Set(t.owners.filter((o) => o.role !== 'support').map((o) => o.name))) expected.set(name, (expected.get(name) ?? 0) + 1);
    const shown = new Map($('section#f1-d0 table.load tr.owner').map((_, tr) => [[$(tr).find('th').text(), Number($(tr).find('td.count').text())]]).get() as [string, number][]);
    expect(shown).toEqual(expected);
    expect(shown.get('王丹')).toBe(6);
    const rows = $('table.findings tr.finding');
    expect(rows.length).toBe(findings.length);
    expect(rows.map((_, tr) => $(tr).find('code').text()).get()).toEqual(findings.map((f) => f.ruleId));
    expect($('table.findings').text()).toContain('只有集体责任人（全体工作人员）：没有具体负责的人');
  });

  it('--lang zh: no English left on the page but the rule ids, the file path and the product name', () => {
    const page = load(html);
    page('code, script, style').remove();
    const text = page('body').text().replace(/plan-parse/g, '').split(AUTONUM).join('');
    expect(text.match(/[A-Za-z]{2,}/g) ?? []).toEqual([]);
    // and the English page says what the Chinese one does
    const en = load(runCli([AUTONUM, '--format', 'html', '--lang', 'en']).stdout);
    expect(en('h3').map((_, h) => en(h).text()).get().slice(0, 5)).toEqual(['Timeline', 'Tasks', 'Phases', 'Load per owner', 'Findings']);
    expect($('section#f1-d0 h3').map((_, h) => $(h).text()).get()).toEqual(['时间安排', '任务分解表', '实施步骤', '各责任单位任务量', '问题清单']);
  });

  it('shows dates as people write them (ISO stays in the data formats)', () => {
    const row = $('tr#f1-d0-t4');
    expect(row.find('td.date').text()).toBe('2024年9月30日');
    expect($('table.phases').text()).toContain('2024年4月11日—5月31日');
    expect($('main').text()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

describe('convert --format html: one report for the archive', () => {
  const input = tempDir('plan-parse-html-in-');
  const out = join(tempDir('plan-parse-html-out-'), 'out');
  const real = readdirSync(fixture('real/docx')).sort();
  let $: CheerioAPI;

  beforeAll(() => {
    for (const name of real) copyFileSync(join(fixture('real/docx'), name), join(input, name));
    copyFileSync(fixture('bad/corrupt.docx'), join(input, 'zz-corrupt.docx'));
    const result = runCli(['convert', input, '--out-dir', out, '--format', 'html', '--lang', 'zh', '--no-progress']);
    expect(result.stderr).toMatch(/25 inputs: 24 converted, 0 unchanged, 1 failed/);
    $ = load(readFileSync(join(out, 'report.html'), 'utf8'));
  });

  it('starts with the files: one overview row per converted file, linked to its documents', () => {
    const rows = $('table.files tbody tr');
    expect(rows.map((_, tr) => $(tr).find('td').first().text()).get()).toEqual(real);
    expect($('table.files thead th').map((_, th) => $(th).text()).get()).toEqual(['文件', '所属文档', '任务数', '无责任人', '无完成时限', '问题']);
    rows.each((i, tr) => {
      const index = JSON.parse(readFileSync(join(out, `${real[i]}.json`), 'utf8')) as ParsedFile;
      expect(Number($(tr).find('td').eq(2).text())).toBe(index.documents.reduce((n, d) => n + d.tasks.length, 0));
      $(tr).find('a').each((_, a) => expect($(`section.document[id="${$(a).attr('href')!.slice(1)}"]`).length).toBe(1));
    });
    expect($('section.failures li').text()).toContain('zz-corrupt.docx');
    expect($('h1').text()).toBe('任务报告：24个文件');
  });

  it('has every task of the archive, with ids that differ between files', () => {
    const total = real.reduce((n, name) => n + (JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8')) as ParsedFile).documents.reduce((m, d) => m + d.tasks.length, 0), 0);
    expect($('tr.task').length).toBe(total);
    const ids = $('[id]').map((_, el) => $(el).attr('id')).get();
    expect(new Set(ids).size).toBe(ids.length);
    // the busiest owner over the archive (lead and responsible, once per task) heads the load table
    const load = new Map<string, number>();
    for (const name of real) {
      for (const d of (JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8')) as ParsedFile).documents) {
        for (const t of d.tasks) for (const o of new Set(t.owners.filter((o) => o.role !== 'support').map((o) => o.name))) load.set(o, (load.get(o) ?? 0) + 1);
      }
    }
    const busiest = Math.max(...load.values());
    const first = $('section.archive-load tr.owner').first();
    expect(load.get(first.find('th').text())).toBe(busiest);
    expect(Number(first.find('td.count').text())).toBe(busiest);
    // the phases with a start and an end: the ones a month axis can place
    const placed = real.flatMap((name) => (JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8')) as ParsedFile).documents.flatMap((d) => d.phases.filter((p) => p.start && p.end)));
    expect(placed.length).toBeGreaterThan(3);
    expect($('svg.timeline rect.phase').length).toBe(placed.length);
  });
});

describe.skipIf(!hasChromium)('the report in headless Chromium', () => {
  let browser: Browser;
  const dir = tempDir('plan-parse-html-browser-');
  const single = join(dir, 'autonum.html');
  const archive = join(dir, 'out');

  beforeAll(async () => {
    // the path as a person types it (the screenshot shows it)
    expect(runCli(['fixtures/docx/000-autonum.docx', '-f', 'html', '--lang', 'zh', '-o', single]).code).toBe(0);
    expect(runCli(['convert', fixture('real/docx'), '--out-dir', archive, '-f', 'html', '--no-progress']).code).toBe(0);
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('loads with no console error and no request, draws the rows and bars, and the filter works', async () => {
    const { page, errors, requests } = await loadPage(browser, single);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, 'html-report.png'), fullPage: false });
    expect(await page.locator('tr.task').count()).toBe(14);
    // the bars have a size on screen
    const bars = page.locator('section#f1-d0 svg.timeline rect.bar');
    expect(await bars.count()).toBe(5);
    for (const box of await Promise.all((await bars.all()).map((b) => b.boundingBox()))) expect(box!.width).toBeGreaterThan(3);
    const filter = page.locator('input.filter[data-table="f1-d0-tasks"]');
    // 杨婷 owns four tasks of the plan
    await filter.fill('杨婷');
    expect(await page.locator('#f1-d0-tasks tbody tr:not([hidden])').count()).toBe(4);
    await filter.fill('');
    expect(await page.locator('#f1-d0-tasks tbody tr:not([hidden])').count()).toBe(11);
    // a timeline bar takes you to its row
    await page.locator('section#f1-d0 svg.timeline a').last().click();
    expect(await page.evaluate(() => location.hash)).toBe('#f1-d0-t4');
    expect(await page.evaluate(() => document.querySelector('#f1-d0-t4')!.getBoundingClientRect().top)).toBeLessThan(1000);
    await page.close();
  });

  it('loads the archive report the same way', async () => {
    const { page, errors, requests } = await loadPage(browser, join(archive, 'report.html'));
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.locator('table.files tbody tr').count()).toBe(24);
    expect(await page.locator('svg.timeline').count()).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: join(OUTPUT, 'html-report-archive.png'), fullPage: false });
    await page.close();
  });
});
