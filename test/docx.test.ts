import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as docx from 'docx';
import JSZip from 'jszip';
import { readDocx } from '../src/readers/docx/index.js';
import { readBytes } from '../src/readers/index.js';
import { scanDocument } from '../src/readers/docx/document.js';
import { parseStyles } from '../src/readers/docx/styles.js';
import { NumberingCounter, parseNumbering } from '../src/readers/docx/numbering.js';
import { formatNumber } from '../src/readers/docx/formats.js';
import type { Block } from '../src/model/block.js';
import { canonical, seedTexts } from './helpers/seed.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/docx/${name}`, import.meta.url));
const read = (name: string) => readDocx(fixture(name), name);
const texts = (blocks: Block[]) => blocks.map((b) => b.text);
const AUTONUM = ['000-autonum.docx', '000-autonum-custom.docx', '000-autonum-stylelink.docx', '000-autonum.lo.docx'];

describe('Word files give the blocks of their text original', () => {
  const seed = seedTexts();

  it('the seed comparison starts at the title and keeps both documents', () => {
    expect(seed[0]).toBe('2024年创建全国文明城市');
    expect(seed[1]).toBe('空调社区工作方案');
    expect(seed).toContain('空调社区上半年工作小结');
    expect(seed.at(-1)).toMatch(/^打造智慧型社区/);
  });

  it('000-literal.docx: typed numbers, block for block', async () => {
    const r = await read('000-literal.docx');
    expect(texts(r.blocks)).toEqual(seed);
    expect(r.blocks.find((b) => b.text === '一、指导思想')?.hint?.marker).toBe('typed');
    expect(r.signals).toContain('typed-numbering');
    expect(r.signals).not.toContain('automatic-numbering');
  });

  it.each(AUTONUM)('%s: automatic numbers rebuilt as Word shows them', async (name) => {
    const r = await read(name);
    // the seed typed one item as 3．; the Word list level draws every item as 1、 2、 3、
    const expected = seed.map((t) => t.replace(/^3．整治窗口/, '3、整治窗口'));
    // the summary's "一 / 重点工作" lines differ only in layout: Word numbers the heading itself
    expect(canonical(texts(r.blocks))).toEqual(canonical(expected));
    const plan = texts(r.blocks).slice(0, 59);
    expect(plan).toEqual(expected.slice(0, 59));
    expect(r.signals).toEqual(expect.arrayContaining(['automatic-numbering', 'heading-styles']));
  });

  it.each(AUTONUM)('%s: list levels, formats and heading levels become hints', async (name) => {
    const { blocks } = await read(name);
    const hint = (text: string) => blocks.find((b) => b.text.startsWith(text))?.hint;
    const chinese = name.endsWith('.lo.docx') ? 'chineseCountingThousand' : 'chineseCounting';
    expect(hint('一、指导思想')).toMatchObject({ marker: 'automatic', listLevel: 0, numFormat: chinese, headingLevel: 1 });
    expect(hint('（六）规范创城')).toMatchObject({ marker: 'automatic', listLevel: 1, numFormat: chinese, headingLevel: 2 });
    expect(hint('3、整治窗口服务缺位')).toMatchObject({ marker: 'automatic', listLevel: 2, numFormat: 'decimal' });
    // the second document restarts: 一 again, and its 1、 restarts under it
    expect(hint('一、重点工作')).toMatchObject({ marker: 'automatic', listLevel: 0 });
    expect(hint('1、社区党建')).toMatchObject({ marker: 'automatic', listLevel: 2 });
    expect(hint('一是营造学习氛围')).toMatchObject({ marker: 'typed' });
    expect(hint('责任人：王丹')).toBeUndefined();
  });

  it('000-table.docx: the text outside the task table matches', async () => {
    const r = await read('000-table.docx');
    const prose = texts(r.blocks.filter((b) => !b.cells));
    const attachment = ['具体任务分解详见附件。', '附件：重点任务分解表', '附件'];
    const start = seed.indexOf('（一）公益宣传专项行动。');
    const end = seed.indexOf('四、实施步骤');
    const withoutTasks = [...seed.slice(0, start), ...seed.slice(end)];
    expect(prose.filter((t) => !attachment.includes(t))).toEqual(withoutTasks);
    expect(prose.indexOf('附件：重点任务分解表')).toBeGreaterThan(prose.indexOf('（三）健全效能考核制度。'));
  });

  it('000-table.docx: the task table expands to a full grid', async () => {
    const { blocks, signals } = await read('000-table.docx');
    const rows = blocks.filter((b) => b.cells);
    expect(signals).toContain('tables');
    expect(rows).toHaveLength(13);
    expect(new Set(rows.map((r) => r.table))).toEqual(new Set([1]));
    // the title row spans all five columns, so it repeats in each
    expect(rows[0]!.cells).toEqual(Array(5).fill('2024年创建全国文明城市空调社区重点任务分解表'));
    expect(rows[1]!.cells).toEqual(['序号', '重点任务', '具体内容', '责任人', '完成时限']);
    // the merged category column repeats in every row it covers
    expect(rows.slice(2).map((r) => r.cells![1])).toEqual([
      '公益宣传专项行动', '公益宣传专项行动', '城区管理专项行动',
      '环境整治专项行动', '环境整治专项行动', '环境整治专项行动',
      '文明素质提升专项行动', '文明素质提升专项行动', '文明素质提升专项行动',
      '未成年人思想道德建设专项行动', '规范创城网上申报材料专项行动',
    ]);
    const row4 = rows[5]!;
    expect(row4.cells![0]).toBe('4');
    expect(row4.cells![2]).toMatch(/^整治小区环境卫生。.*\n针对环境卫生情况/s);
    expect(row4.cells![3]).toBe('王丹、齐妍爽');
    expect(row4.cells![4]).toBe('5月31日；6月1日—6月9日；6月18日—20日');
    expect(row4.text).toBe(row4.cells!.filter(Boolean).join(' '));
    expect(row4.location).toMatchObject({ table: 1, row: 6 });
    expect(rows[2]!.cells![4]).toBe('');
  });

  it('000-messy.docx: text box title first, soft breaks split, notes and comments left out', async () => {
    const r = await read('000-messy.docx');
    const t = texts(r.blocks);
    expect(canonical(t)).toEqual(canonical(seed));
    expect(r.blocks.slice(0, 2).map((b) => [b.text, b.hint?.title])).toEqual([
      ['2024年创建全国文明城市', true],
      ['空调社区工作方案', true],
    ]);
    expect(r.blocks.filter((b) => b.hint?.title)).toHaveLength(2);
    expect(t).toContain('齐妍爽');
    expect(t.join('\n')).not.toMatch(/王丹齐妍爽|请核实宣传展板|指中央文明办制定|\[1\]|进一步/);
    expect(t).toContain('责任人：王丹　齐妍爽');
    expect(t.find((x) => x.startsWith('针对环境卫生情况'))).toMatch(/（完成时限6月18日—20日）（4）组织评比阶段：开展每月一小评，9月份进行有奖综合评定）$/);
    expect(r.messages.filter((m) => m.severity === 'warning').map((m) => m.reason)).toEqual(['accepted 1 tracked insertion', 'deleted text dropped (1 tracked deletion accepted)']);
    expect(r.messages.map((m) => m.messageId)).toEqual(expect.arrayContaining(['tracked-insertions', 'tracked-deletions']));
    expect(r.signals).toContain('text-box-title');
    // both lines of a soft-broken paragraph keep its paragraph number
    const i = t.indexOf('齐妍爽');
    expect(r.blocks[i]!.location.paragraph).toBe(r.blocks[i - 1]!.location.paragraph);
  });

  it('locations: sequential lines of the extracted text and paragraph numbers', async () => {
    const { blocks } = await read('000-autonum.docx');
    blocks.forEach((b, i) => expect(b.location.line).toBe(i + 1));
    const paragraphs = blocks.map((b) => b.location.paragraph!);
    expect(paragraphs.every((p, i) => i === 0 || p > paragraphs[i - 1]!)).toBe(true);
    const { blocks: tableBlocks } = await read('000-table.docx');
    let line = 1;
    for (const b of tableBlocks) {
      expect(b.location.line).toBe(line);
      line += 1 + (b.text.match(/\n/g)?.length ?? 0);
    }
  });
});

describe('the reader is chosen by the bytes', () => {
  it('a .docx renamed .doc reads as a .docx', async () => {
    const r = await readBytes(fixture('000-autonum.docx'), 'renamed.doc');
    expect(r.format).toBe('docx');
    expect(r.blocks[3]!.text).toBe('一、指导思想');
  });
});

/** Build a .docx with the docx package; `patch` may rewrite its numbering.xml. */
async function buildDocx(children: docx.Paragraph[], config: docx.INumberingOptions['config'], patch?: (xml: string) => string): Promise<Buffer> {
  const doc = new docx.Document({ numbering: { config }, sections: [{ children }] });
  const buffer = await docx.Packer.toBuffer(doc);
  if (!patch) return buffer;
  const zip = await JSZip.loadAsync(buffer);
  zip.file('word/numbering.xml', patch(await zip.file('word/numbering.xml')!.async('string')));
  return zip.generateAsync({ type: 'nodebuffer' });
}

const F = docx.LevelFormat;
const item = (reference: string, level = 0, extra: { instance?: number; restart?: boolean } = {}) =>
  new docx.Paragraph({ text: '事项', numbering: { reference, level, ...extra } });

const SEQUENCES: [string, string, string[]][] = [
  [F.CHINESE_COUNTING, '%1、', ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十', '二十一']],
  [F.CHINESE_COUNTING_THOUSAND, '%1、', ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十', '二十一']],
  [F.CHINESE_LEGAL_SIMPLIFIED, '%1、', ['壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖', '壹拾', '壹拾壹', '壹拾贰', '壹拾叁', '壹拾肆', '壹拾伍', '壹拾陆', '壹拾柒', '壹拾捌', '壹拾玖', '贰拾', '贰拾壹']],
  [F.IDEOGRAPH_TRADITIONAL, '%1、', ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸', '甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸', '甲']],
  [F.IDEOGRAPH_ZODIAC, '%1、', ['子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥', '子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申']],
  [F.DECIMAL_ENCLOSED_CIRCLE, '%1', ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩', '⑪', '⑫', '⑬', '⑭', '⑮', '⑯', '⑰', '⑱', '⑲', '⑳', '21']],
  [F.DECIMAL_FULL_WIDTH, '%1．', ['１', '２', '３', '４', '５', '６', '７', '８', '９', '１０', '１１', '１２', '１３', '１４', '１５', '１６', '１７', '１８', '１９', '２０', '２１']],
  [F.DECIMAL, '%1.', Array.from({ length: 21 }, (_, i) => String(i + 1))],
  [F.DECIMAL_ZERO, '%1.', ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21']],
  [F.UPPER_LETTER, '%1.', ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U']],
  [F.LOWER_LETTER, '%1)', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u']],
  [F.UPPER_ROMAN, '%1.', ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX', 'XXI']],
  [F.LOWER_ROMAN, '%1.', ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx', 'xxi']],
  [F.NONE, '%1', Array(21).fill('')],
  [F.BULLET, '●', Array(21).fill('')],
];

/** Each paragraph's automatic marker, as document.ts rendered it (before text normalization). */
async function markers(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (p: string) => (await zip.file(p)?.async('string')) ?? '';
  const scan = scanDocument(await part('word/document.xml'), parseStyles(await part('word/styles.xml')), parseNumbering(await part('word/numbering.xml')));
  return [...scan.paragraphs.values()].sort((a, b) => a.index - b.index).map((p) => p.numbering?.marker ?? '-');
}

describe('automatic numbering renders every marker as Word does', () => {
  it.each(SEQUENCES)('%s with lvlText %s', async (format, text, expected) => {
    const config = [{ reference: 'r', levels: [{ level: 0, format, text }] }];
    const bytes = await buildDocx(expected.map(() => item('r')), config);
    const want = expected.map((n) => (n ? text.replace('%1', n) : ''));
    expect(await markers(bytes)).toEqual(want);
  });

  it('marker text is part of the block, normalized like typed text', async () => {
    const config = [{ reference: 'r', levels: [{ level: 0, format: F.DECIMAL_FULL_WIDTH, text: '（%1）' }] }];
    const { blocks } = await readDocx(await buildDocx([item('r'), item('r')], config), 'full-width.docx');
    expect(texts(blocks)).toEqual(['（1）事项', '（2）事项']);
    expect(blocks[0]!.hint).toMatchObject({ marker: 'automatic', listLevel: 0, numFormat: 'decimalFullWidth' });
  });

  it('two separate lists restart; levels nest and reset; restart and startOverride', async () => {
    const levels = [
      { level: 0, format: F.CHINESE_COUNTING, text: '%1、' },
      { level: 1, format: F.CHINESE_COUNTING, text: '（%2）' },
      { level: 2, format: F.DECIMAL, text: '%3、' },
      { level: 3, format: F.DECIMAL, text: '（%4）' },
      { level: 4, format: F.DECIMAL_ENCLOSED_CIRCLE, text: '%5' },
    ];
    const config = [
      { reference: 'plan', levels },
      { reference: 'start', levels: [{ level: 0, format: F.DECIMAL, text: '%1.', start: 7 }] },
    ];
    const children = [
      item('plan', 0), item('plan', 1), item('plan', 2), item('plan', 3), item('plan', 4), item('plan', 4),
      item('plan', 3), item('plan', 2), item('plan', 1), item('plan', 2), item('plan', 0), item('plan', 1),
      // a second, separate list of the same definition starts again
      item('plan', 0, { instance: 2 }), item('plan', 1, { instance: 2 }), item('plan', 0, { instance: 2 }),
      // restart: the list begins again at its start
      item('plan', 0, { restart: true }), item('plan', 0),
      item('start'), item('start'),
    ];
    // docx writes the level start as a startOverride (7); make it a real override of start 1 with 12
    const patch = (xml: string) => xml.replace('<w:startOverride w:val="7"/>', '<w:startOverride w:val="12"/>').replace('<w:start w:val="7"/>', '<w:start w:val="1"/>');
    const bytes = await buildDocx(children, config, patch);
    expect(await markers(bytes)).toEqual([
      '一、', '（一）', '1、', '（1）', '①', '②',
      '（2）', '2、', '（二）', '1、', '二、', '（一）',
      '一、', '（一）', '二、',
      '一、', '二、',
      '12.', '13.',
    ]);
    const { blocks } = await readDocx(bytes, 'lists.docx');
    expect(texts(blocks).slice(0, 3)).toEqual(['一、事项', '（一）事项', '1、事项']);
  });
});

/** Counters driven straight from numbering XML, for what the docx package cannot write. */
function counterFor(numberingXml: string, stylesXml = '') {
  return new NumberingCounter(parseNumbering(`<w:numbering>${numberingXml}</w:numbering>`), parseStyles(stylesXml));
}

const lvl = (ilvl: number, fmt: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${extra}<w:lvlText w:val="${text}"/></w:lvl>`;

describe('numbering counters', () => {
  it('numIds sharing one abstract definition continue one sequence; a startOverride restarts it once', () => {
    const c = counterFor(
      `<w:abstractNum w:abstractNumId="1">${lvl(0, 'chineseCounting', '%1、')}${lvl(2, 'decimal', '%3、')}</w:abstractNum>` +
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>' +
        '<w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
        '<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="6"><w:abstractNumId w:val="1"/></w:num>' +
        '<w:num w:numId="7"><w:abstractNumId w:val="1"/></w:num>',
    );
    const seq = ([numId, ilvl]: [string, number]) => c.next(numId, ilvl)!.marker;
    const steps: [string, number][] = [['1', 0], ['1', 2], ['1', 2], ['1', 0], ['4', 0], ['5', 2], ['6', 2], ['7', 0], ['4', 0]];
    // LibreOffice's re-export: every paragraph of the second document has its own numId
    expect(steps.map(seq)).toEqual(['一、', '1、', '2、', '二、', '一、', '1、', '2、', '二、', '三、']);
  });

  it('w:lvlRestart keeps a level counting across a higher level; isLgl shows decimals', () => {
    const c = counterFor(
      `<w:abstractNum w:abstractNumId="1">${lvl(0, 'upperRoman', '第%1章')}${lvl(1, 'chineseCounting', '%2、')}${lvl(2, 'decimal', '%1.%3', '<w:lvlRestart w:val="0"/><w:isLgl/>')}</w:abstractNum>` +
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>',
    );
    const m = (ilvl: number) => c.next('1', ilvl)!.marker;
    expect([m(0), m(1), m(2), m(1), m(2), m(0), m(1), m(2)]).toEqual(['第I章', '一、', '1.1', '二、', '1.2', '第II章', '一、', '2.3']);
  });

  it('a numStyleLink leads through the numbering style to the definition with the levels', () => {
    const styles =
      '<w:styles><w:style w:type="numbering" w:styleId="PlanList"><w:name w:val="Plan List"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>';
    // numbering styles are paragraph-less, so parseStyles must keep them too
    const c = counterFor(
      `<w:abstractNum w:abstractNumId="1"><w:styleLink w:val="PlanList"/>${lvl(0, 'chineseCounting', '%1、')}</w:abstractNum>` +
        '<w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="PlanList"/></w:abstractNum>' +
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>',
      styles,
    );
    expect([c.next('2', 0)!.marker, c.next('2', 0)!.marker, c.next('1', 0)!.marker]).toEqual(['一、', '二、', '三、']);
  });

  it('formats past their characters fall back to digits', () => {
    expect(formatNumber(20, 'decimalEnclosedCircle')).toBe('⑳');
    expect(formatNumber(21, 'decimalEnclosedCircle')).toBe('21');
    expect(formatNumber(105, 'chineseCounting')).toBe('一百零五');
    expect(formatNumber(27, 'upperLetter')).toBe('AA');
    expect(formatNumber(3, 'ordinalText')).toBe('3');
  });
});
