import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { readBytes } from '../src/readers/index.js';
import { readOle } from '../src/readers/doc.js';
import { decodeHtml, htmlToBlocks } from '../src/readers/html.js';
import { sniffFormat } from '../src/readers/sniff.js';
import { readDocx } from '../src/readers/docx/index.js';
import { seedTexts } from './helpers/seed.js';
import { parseFile } from '../src/pipeline.js';

const file = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));
const texts = (blocks: { text: string }[]) => blocks.map((b) => b.text);

describe('legacy .doc', () => {
  it('000-autonum.doc: the text of the .docx, without the automatic numbers', async () => {
    const doc = await readOle(file('docx/000-autonum.doc'), '000-autonum.doc');
    const docx = await readDocx(file('docx/000-autonum.docx'), '000-autonum.docx');
    expect(doc.format).toBe('doc');
    // the same paragraphs; only the numbers Word drew are missing
    const withoutAutomatic = docx.blocks.map((b) => (b.hint?.marker === 'automatic' ? b.text.replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+、)/, '') : b.text));
    expect(texts(doc.blocks)).toEqual(withoutAutomatic);
    // quotes and dashes as written (word-extractor's default filter would make them ASCII)
    expect(texts(doc.blocks)).toContain('（一）第一阶段：宣传发动阶段（4月中旬—5月底）召开动员大会，对2024年西安区创建全国文明城市工作进行部署。'.slice(3));
    expect(doc.blocks.find((b) => b.text.startsWith('开展“践行核心价值观'))).toBeDefined();
  });

  it('says which signals it used and that the numbers were lost', async () => {
    const doc = await readOle(file('docx/000-autonum.doc'), '000-autonum.doc');
    expect(doc.signals).toEqual(['doc-text-only', 'typed-numbering']);
    expect(doc.messages).toHaveLength(1);
    expect(doc.messages[0]).toMatchObject({ severity: 'warning', source: 'reader', messageId: 'numbers-lost' });
    expect(doc.messages[0]!.reason).toMatch(/automatic numbers .* not in its text.*outline comes from/);
    expect(doc.blocks.find((b) => b.text === '一是营造学习氛围。')?.hint?.marker).toBe('typed');
    doc.blocks.forEach((b, i) => expect(b.location.line).toBe(i + 1));
  });

  it('a .doc renamed .docx is read as a .doc', async () => {
    const r = await readBytes(file('docx/000-autonum.doc'), 'renamed.docx');
    expect(r.format).toBe('doc');
    expect(r.blocks[3]!.text).toBe('指导思想');
  });
});

describe('saved web pages', () => {
  it('a GBK page: the article only, with its <h1> as the title', async () => {
    const r = await readBytes(file('html/000-page.html'), '000-page.html');
    expect(r.format).toBe('html');
    expect(r.encoding).toBe('gb2312');
    expect(texts(r.blocks)).toEqual(['2024年创建全国文明城市空调社区工作方案', ...seedTexts()]);
    expect(r.blocks[0]!.hint).toMatchObject({ title: true, headingLevel: 1 });
    const all = texts(r.blocks).join('\n');
    expect(all).not.toMatch(/当前位置|微信扫码|相关文章|热门推荐|Copyright|_hmt|font-size|来源：网络/);
  });

  it('a <br> inside a paragraph starts a new block', async () => {
    const r = await readBytes(file('html/000-page.html'), '000-page.html');
    const i = texts(r.blocks).indexOf('责任人：王丹');
    expect(texts(r.blocks).slice(i, i + 2)).toEqual(['责任人：王丹', '齐妍爽']);
  });

  it('a Word web export saved as .doc reads as HTML, typed numbers kept', async () => {
    const r = await readBytes(file('html/000-word-export.doc'), '000-word-export.doc');
    expect(sniffFormat(file('html/000-word-export.doc'))).toBe('html');
    expect(r.format).toBe('html');
    expect(texts(r.blocks)).toEqual(seedTexts().slice(0, 59));
    expect(r.blocks.slice(0, 2).every((b) => b.hint?.title)).toBe(true);
    expect(r.blocks.find((b) => b.text === '一、指导思想')?.hint?.marker).toBe('typed');
  });

  it('charset from BOM, <meta charset> and http-equiv', () => {
    const gbk = Buffer.concat([Buffer.from('<html><head><meta charset="GBK"></head><body><p>'), Buffer.from([0xb9, 0xa4, 0xd7, 0xf7]), Buffer.from('</p></body></html>')]);
    expect(decodeHtml(gbk)).toMatchObject({ encoding: 'gbk' });
    expect(decodeHtml(gbk).html).toContain('工作');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>工作</p>')]);
    expect(decodeHtml(bom)).toMatchObject({ html: '<p>工作</p>', encoding: 'utf-8' });
    const undeclared = Buffer.concat([Buffer.from('<p>'), Buffer.from([0xb9, 0xa4, 0xd7, 0xf7]), Buffer.from('</p>')]);
    expect(decodeHtml(undeclared).html).toContain('工作');
  });

  it('tables expand to a full grid; headings become hints', () => {
    const html = `<html><body><div id="content"><h2>一、主要任务</h2><p>为全面落实各项任务，根据测评体系要求，结合社区实际，制定本方案。</p>
      <table><tr><td>序号</td><td>重点任务</td><td>责任人</td></tr>
      <tr><td>1</td><td rowspan="2">公益宣传</td><td>王丹</td></tr><tr><td>2</td><td>杨婷</td></tr></table></div>
      <div class="footer">版权所有</div><script>alert(1)</script></body></html>`;
    const blocks = htmlToBlocks(html);
    expect(blocks[0]).toMatchObject({ text: '一、主要任务', hint: { headingLevel: 2, marker: 'typed' } });
    expect(blocks.filter((b) => b.cells).map((b) => b.cells)).toEqual([
      ['序号', '重点任务', '责任人'],
      ['1', '公益宣传', '王丹'],
      ['2', '公益宣传', '杨婷'],
    ]);
    expect(texts(blocks).join()).not.toMatch(/版权所有|alert/);
  });

  it('draws the numbers of <ol> items as a browser does, with the list depth as the level; typed numbers stay', () => {
    const html = `<body><ol><li><h1>指导思想</h1></li></ol><p>坚持以人民为中心的发展思想，推动各项工作落地见效。</p>
      <ol start="2"><li><h1>主要任务</h1><ol><li><p>完善制度。</p></li><li value="5"><p>加强督查。</p></li></ol></li>
      <li style="list-style-type: cjk-ideographic"><p>三、保障措施</p></li></ol>
      <ol style="list-style-type: cjk-ideographic"><li><p>加强领导</p></li></ol><ul><li><p>不编号的要点</p></li></ul></body>`;
    const blocks = htmlToBlocks(html);
    expect(blocks.map((b) => [b.text, b.hint?.marker, b.hint?.listLevel])).toEqual([
      ['1.指导思想', 'automatic', 0],
      ['坚持以人民为中心的发展思想，推动各项工作落地见效。', undefined, undefined],
      ['2.主要任务', 'automatic', 0],
      ['1.完善制度。', 'automatic', 1],
      ['5.加强督查。', 'automatic', 1],
      ['三、保障措施', 'typed', undefined],
      ['一、加强领导', 'automatic', 0],
      ['不编号的要点', undefined, undefined],
    ]);
    // a numbered <h1> is a chapter heading, not the page's title
    expect(blocks.some((b) => b.hint?.title)).toBe(false);
  });

  it('a LibreOffice web export of a real plan: its numbered chapters and phases (real 22) and a page that is one task table (real 20)', async () => {
    const parse = async (name: string) => (await parseFile(new URL(`../fixtures/real/html/${name}`, import.meta.url).pathname)).documents[0]!;
    const phases = await parse('22_highrise-fire-rectification-phases.html');
    expect(phases.phases.map((p) => p.name)).toEqual(['排查阶段', '整改阶段', '验收阶段'].map((n) => expect.stringContaining(n)));
    expect(phases.tasks.flatMap((t) => t.owners.map((o) => o.name))).toEqual(expect.arrayContaining(['消防部门', '工商部门']));
    const table = await parse('20_chizhou-openness-task-table.html');
    expect(table.tasks).toHaveLength(8);
    expect(table.tasks.every((t) => t.owners.length > 0 && t.deadline)).toBe(true);
  });
});

describe('task tables with their text right in the cells, and a page that holds its body in one paragraph (fixtures/tables-office)', () => {
  const tasksOf = async (path: string) => (await parseFile(path)).documents.flatMap((d) => d.tasks);
  const fileOf = (dir: 'html' | 'docx', prefix: string) => {
    const name = readdirSync(new URL(`../fixtures/tables-office/${dir}/`, import.meta.url)).find((f) => f.startsWith(prefix))!;
    return new URL(`../fixtures/tables-office/${dir}/${name}`, import.meta.url).pathname;
  };

  it('one long cell (a progress report) is no article root: the table is read whole (real-new 133 as HTML)', async () => {
    const tasks = await tasksOf(fileOf('html', 'real-new-133_'));
    // (the sub-row `新增学位810个` lost its rowspan in this copy: a stated table is not re-aligned)
    expect(tasks.map((t) => t.title)).toEqual(['新改扩建公办中小学校1所', '完成“县中崛起”一对一结对帮扶学校2所', '符合条件的义务教育段随迁子女在家长常住地100%保障入学']);
    expect(tasks[0]!.owners.map((o) => o.name)).toEqual(['教体局']);
  });

  it('a layout cell whose lines are broken by <br> is still the article', () => {
    const html = `<html><body><table><tr><td>首页 | 政务公开</td></tr><tr><td>测试工作方案<br>一、主要任务<br>（一）完成道路硬化，责任单位：县交通局。<br>（二）开展河道清理，责任单位：县水利局。</td></tr></table></body></html>`;
    expect(htmlToBlocks(html).map((b) => b.text)).toEqual(['测试工作方案', '一、主要任务', '（一）完成道路硬化，责任单位：县交通局。', '（二）开展河道清理，责任单位：县水利局。']);
  });

  it.each(['html', 'docx'] as const)('a body held in one paragraph, its paragraphs joined by spaces, is split as the text reader splits it (real-new 101 as %s)', async (dir) => {
    const tasks = await tasksOf(fileOf(dir, 'real-new-101_'));
    expect(tasks.map((t) => [t.number.join('/'), t.owners[0]?.name])).toEqual([
      ['一/1', '县发改局'],
      ['一/2', '县财政局'],
      ['二/1', '县司法局'],
    ]);
  });
});
