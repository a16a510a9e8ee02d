import { describe, it, expect } from 'vitest';
import { deadlineValue, findDeadlines, findDurationStart, findYear, parseDateLine, parseDeadline, yearOfWeekdays } from '../src/grammar/deadline.js';
import { parseFile } from '../src/pipeline.js';
import { fixture } from './helpers/corpus.js';
import { defaultLexicon as lexicon } from '../src/lexicon/index.js';
import type { Deadline, Recurrence } from '../src/model/plan.js';

type Expected = Omit<Deadline, 'text'>;

const day = (d: string): Expected => ({ kind: 'date', start: d, end: d, precision: 'exact' });
const period = (start: string, end: string): Expected => ({ kind: 'date', start, end, precision: 'fuzzy' });
const by = (end: string, precision: 'exact' | 'fuzzy'): Expected => ({ kind: 'before', end, precision });
const range = (start: string, end: string, precision: 'exact' | 'fuzzy'): Expected => ({ kind: 'range', start, end, precision });
const every = (recurrence: Partial<Recurrence> & Pick<Recurrence, 'unit'>, precision: 'exact' | 'fuzzy' = 'fuzzy'): Expected => ({
  kind: 'recurring',
  precision,
  recurrence: { every: 1, ...recurrence },
});
const ongoing: Expected = { kind: 'ongoing', precision: 'fuzzy' };
const relative = (extra: Partial<Expected> = {}): Expected => ({ kind: 'relative', precision: 'fuzzy', ...extra });
const vague = relative({ vague: true });

/** [expression, the plan's year, what it means]. Written from the Chinese, not from the program. */
const TABLE: [string, number | null, Expected][] = [
  // one day
  ['2024年6月30日', 2024, day('2024-06-30')],
  ['6月30日', 2024, day('2024-06-30')],
  ['6.30', 2024, day('2024-06-30')],
  ['６月３０日', 2024, day('2024-06-30')],
  ['12 月 31 日', 2024, day('2024-12-31')],
  ['2024-03-01', 2023, day('2024-03-01')],
  ['2024/3/1', null, day('2024-03-01')],
  ['2024.3.1', null, day('2024-03-01')],
  ['二〇二四年三月一日', null, day('2024-03-01')],
  ['二〇二三年十二月三十一日', null, day('2023-12-31')],
  ['2024年2月29日', null, day('2024-02-29')],
  ['6月30日下午4点', 2024, day('2024-06-30')],
  ['6月15日（周四）上午9时', 2024, day('2024-06-15')],
  ['6月15日16:00', 2024, day('2024-06-15')],
  // one period
  ['二〇二四年十二月', null, period('2024-12-01', '2024-12-31')],
  ['十二月底', 2024, period('2024-12-21', '2024-12-31')],
  ['6月上旬', 2024, period('2024-06-01', '2024-06-10')],
  ['6月中旬', 2024, period('2024-06-11', '2024-06-20')],
  ['6月下旬', 2024, period('2024-06-21', '2024-06-30')],
  ['7月下旬', 2024, period('2024-07-21', '2024-07-31')],
  ['5月中下旬', 2024, period('2024-05-11', '2024-05-31')],
  ['6月初', 2024, period('2024-06-01', '2024-06-10')],
  ['6月中', 2024, period('2024-06-11', '2024-06-20')],
  ['6月底', 2024, period('2024-06-21', '2024-06-30')],
  ['7月末', 2024, period('2024-07-21', '2024-07-31')],
  ['9月份', 2024, period('2024-09-01', '2024-09-30')],
  ['4月', 2024, period('2024-04-01', '2024-04-30')],
  ['年初', 2024, period('2024-01-01', '2024-01-31')],
  ['年中', 2024, period('2024-06-01', '2024-07-31')],
  ['年底', 2024, period('2024-12-01', '2024-12-31')],
  ['年末', 2024, period('2024-12-01', '2024-12-31')],
  ['上半年', 2024, period('2024-01-01', '2024-06-30')],
  ['下半年', 2024, period('2024-07-01', '2024-12-31')],
  ['2025年上半年', 2024, period('2025-01-01', '2025-06-30')],
  ['一季度', 2024, period('2024-01-01', '2024-03-31')],
  ['第一季度', 2024, period('2024-01-01', '2024-03-31')],
  ['第二季度', 2024, period('2024-04-01', '2024-06-30')],
  ['三季度末', 2024, period('2024-09-01', '2024-09-30')],
  ['2月底', 2024, period('2024-02-21', '2024-02-29')],
  ['2023年2月底', 2024, period('2023-02-21', '2023-02-28')],
  ['2月', 2100, period('2100-02-01', '2100-02-28')],
  ['2000年2月底', null, period('2000-02-21', '2000-02-29')],
  ['20年底', null, period('2020-12-01', '2020-12-31')],
  ['明年3月', 2024, period('2025-03-01', '2025-03-31')],
  ['今年年底', 2024, period('2024-12-01', '2024-12-31')],
  ['明年年初', 2024, period('2025-01-01', '2025-01-31')],
  ['本年度内', 2024, by('2024-12-31', 'fuzzy')],
  ['2024年', null, period('2024-01-01', '2024-12-31')],
  // by a date
  ['6月30日前', 2024, by('2024-06-30', 'exact')],
  ['6月30日之前', 2024, by('2024-06-30', 'exact')],
  ['6月30日以前', 2024, by('2024-06-30', 'exact')],
  ['6月30日前完成', 2024, by('2024-06-30', 'exact')],
  ['（7月15日前完成）', 2024, by('2024-07-15', 'exact')],
  ['6月底前', 2024, by('2024-06-30', 'fuzzy')],
  ['12 月底前', 2024, by('2024-12-31', 'fuzzy')],
  ['年底前', 2024, by('2024-12-31', 'fuzzy')],
  ['年内', 2024, by('2024-12-31', 'fuzzy')],
  ['年前', 2024, by('2024-12-31', 'fuzzy')],
  ['2024年底前', null, by('2024-12-31', 'fuzzy')],
  ['2025年前', 2024, by('2025-12-31', 'fuzzy')],
  ['到2025年', 2024, by('2025-12-31', 'fuzzy')],
  ['6月内', 2024, by('2024-06-30', 'fuzzy')],
  ['完成时限5月31日', 2024, by('2024-05-31', 'exact')],
  ['完成时限：6月底', 2024, by('2024-06-30', 'fuzzy')],
  ['（完成时限：2024年6月30日）', null, by('2024-06-30', 'exact')],
  ['截至6月30日', 2024, by('2024-06-30', 'exact')],
  ['2021年12月25日之前', 2024, by('2021-12-25', 'exact')],
  ['6.30前', 2024, by('2024-06-30', 'exact')],
  ['每日下午4点前', 2024, every({ unit: 'day', time: '16:00' }, 'exact')],
  // ranges
  ['6月1日—6月9日', 2024, range('2024-06-01', '2024-06-09', 'exact')],
  ['6月18日—20日', 2024, range('2024-06-18', '2024-06-20', 'exact')],
  ['4月中旬—5月底', 2024, range('2024-04-11', '2024-05-31', 'fuzzy')],
  ['5月下旬至6月2日前', 2024, range('2024-05-21', '2024-06-02', 'fuzzy')],
  ['6月-10月', 2024, range('2024-06-01', '2024-10-31', 'fuzzy')],
  ['12月至次年3月', 2024, range('2024-12-01', '2025-03-31', 'fuzzy')],
  ['12月至3月', 2024, range('2024-12-01', '2025-03-31', 'fuzzy')],
  ['2023年—2025年', null, range('2023-01-01', '2025-12-31', 'fuzzy')],
  ['2023-2025年', null, range('2023-01-01', '2025-12-31', 'fuzzy')],
  ['6月1日~6月9日', 2024, range('2024-06-01', '2024-06-09', 'exact')],
  ['6月1日～9日', 2024, range('2024-06-01', '2024-06-09', 'exact')],
  ['6月1日－6月9日', 2024, range('2024-06-01', '2024-06-09', 'exact')],
  ['6月1日到6月9日', 2024, range('2024-06-01', '2024-06-09', 'exact')],
  ['从6月15日至7月20日', 2024, range('2024-06-15', '2024-07-20', 'exact')],
  ['6月20日——7月5日', 2024, range('2024-06-20', '2024-07-05', 'exact')],
  ['6月18-20日', 2024, range('2024-06-18', '2024-06-20', 'exact')],
  // a first month without 月 (fixtures/real 23: 上报审核阶段 2007年4-5月)
  ['2007年4-5月', null, range('2007-04-01', '2007-05-31', 'fuzzy')],
  ['4-5月', 2024, range('2024-04-01', '2024-05-31', 'fuzzy')],
  ['6月1日、6月9日', 2024, range('2024-06-01', '2024-06-09', 'exact')],
  ['4月中旬 5月底', 2024, range('2024-04-11', '2024-05-31', 'fuzzy')],
  ['完成时限6月1日—6月9日', 2024, range('2024-06-01', '2024-06-09', 'exact')],
  ['2024年12月20日至2025年1月10日', null, range('2024-12-20', '2025-01-10', 'exact')],
  ['10月初—12月底', 2024, range('2024-10-01', '2024-12-31', 'fuzzy')],
  // recurring
  ['每天', 2024, every({ unit: 'day' })],
  ['每周四', 2024, every({ unit: 'week', at: '4' }, 'exact')],
  ['每周五', 2024, every({ unit: 'week', at: '5' }, 'exact')],
  ['每周日', 2024, every({ unit: 'week', at: '7' }, 'exact')],
  ['每月15日', 2024, every({ unit: 'month', at: '15' }, 'exact')],
  ['每月26日前', 2024, every({ unit: 'month', at: '26' }, 'exact')],
  ['每季度', 2024, every({ unit: 'quarter' })],
  ['每半年', 2024, every({ unit: 'halfyear' })],
  ['每年', 2024, every({ unit: 'year' })],
  ['每半月', 2024, every({ unit: 'day', every: 15 })],
  ['一周一次', 2024, every({ unit: 'week' })],
  ['每周一次', 2024, every({ unit: 'week' })],
  ['每两周', 2024, every({ unit: 'week', every: 2 })],
  ['每周一至周五', 2024, every({ unit: 'week', at: '1-5' }, 'exact')],
  ['每季度末', 2024, every({ unit: 'quarter', at: '末' }, 'exact')],
  // a quarter's month and day (fixtures/real-more 24, fixtures/real 19)
  ['每个季度第1个月20日前', 2024, every({ unit: 'quarter', at: '1-20' }, 'exact')],
  ['每季度末月20日前', 2024, every({ unit: 'quarter', at: '3-20' }, 'exact')],
  ['间周', 2024, every({ unit: 'week', every: 2 })],
  ['每年3月5日', 2024, every({ unit: 'year', at: '03-05' }, 'exact')],
  ['完成时限：每月26日前', 2024, every({ unit: 'month', at: '26' }, 'exact')],
  // ongoing
  ['长期坚持', 2024, ongoing],
  ['持续推进', 2024, ongoing],
  ['常态化', 2024, ongoing],
  ['长期', 2024, ongoing],
  ['完成时限：长期', 2024, ongoing],
  // relative
  ['方案印发后一个月内', 2024, relative({ anchor: '方案印发' })],
  ['在迎接国家实地测评之前', 2024, relative({ anchor: '迎接国家实地测评' })],
  ['15个工作日内', 2024, relative()],
  ['5年内', 2024, relative()],
  ['2012年起5年内', 2024, relative({ start: '2012-01-01', end: '2016-12-31', anchor: '2012年' })],
  ['自2024年6月1日起30日内', null, relative({ start: '2024-06-01', end: '2024-06-30', anchor: '2024年6月1日' })],
  ['2024年6月1日起3个月内', null, relative({ start: '2024-06-01', end: '2024-08-31', anchor: '2024年6月1日' })],
  ['规定时限内', 2024, vague],
  ['尽快', 2024, vague],
  ['及时', 2024, vague],
  ['按时', 2024, vague],
  ['限期', 2024, vague],
  ['节日期间', 2024, relative({ anchor: '节日' })],
  // unknown years stay unknown
  ['20xx年6月30日', 2024, day('--06-30')],
  ['20XX年12月', 2024, period('--12-01', '--12-31')],
  ['20__年底前', 2024, by('--12-31', 'fuzzy')],
  ['20_年6月', 2024, period('--06-01', '--06-30')],
  ['20--年6月1日', 2024, day('--06-01')],
  ['20××年3月1日', 2024, day('--03-01')],
  ['20xx年—20xx年', 2024, range('--01-01', '--12-31', 'fuzzy')],
  // no year anywhere: month-day only
  ['6月30日', null, day('--06-30')],
  ['次年3月', null, period('--03-01', '--03-31')],
  ['2月底', null, period('--02-21', '--02-29')],
  ['4月中旬—5月底', null, range('--04-11', '--05-31', 'fuzzy')],
];

describe('parseDeadline: the expression table', () => {
  it('has at least 80 expressions', () => expect(TABLE.length).toBeGreaterThanOrEqual(80));
  for (const [text, year, expected] of TABLE) {
    it(`${text} (year ${year})`, () => {
      expect(parseDeadline(text, { year, lexicon })).toEqual({ text: text.trim(), ...expected });
    });
  }
});

describe('parseDeadline: not deadlines', () => {
  for (const text of ['2023年2月29日', '2024年2月30日', '9月32日', '2024-09-31', '13月1日', '24小时', '6次', '90%', '责任人：王丹', '']) {
    it(text || '(empty)', () => expect(parseDeadline(text, { year: 2024, lexicon })).toBeNull());
  }
});

describe('the 31st of a 30-day month, written with 月 and 日, is its last day (real-new 144)', () => {
  it.each([
    ['9月31日前', '2024-09-30'],
    ['2024年6月31日', '2024-06-30'],
    ['8月1日至9月31日', '2024-08-01/2024-09-30'],
    ['11月1日-31日', '2024-11-01/2024-11-30'],
  ])('%s → %s', (text, value) => expect(deadlineValue(parseDeadline(text, { year: 2024, lexicon })!)).toBe(value));
});

const find = (text: string, year: number | null = 2024) => findDeadlines(text, { year, lexicon });
const brief = (d: Deadline) => [d.text, deadlineValue(d), d.vague ? 'vague' : d.kind];

describe('a date the work starts from is no deadline', () => {
  it('从2022年3月起，每月25日前: the recurrence is the deadline (fixtures/real-more 17)', () => {
    expect(find('从2022年3月起，各单位每月25日前报送进展情况。').map((d) => [d.text, d.kind])).toEqual([['每月25日前', 'recurring']]);
  });
  it('a duration from the date is still read (2012年起5年内)', () => {
    expect(find('自2012年起5年内建成。').map((d) => [d.kind, d.end])).toEqual([['relative', '2016-12-31']]);
  });
});

describe('findDeadlines on the seeds', () => {
  it('seed 000: a vague one then a weekly report (及时 there says how, not by when)', () => {
    const found = find('加大排查力度，摸清违建底数，探索解决办法，对拆除后的区域确保及时绿化、硬化，确保在规定时限内完成全市下达的任务标准。每周四向街道办事处上报进展情况。');
    expect(found.map(brief)).toEqual([
      ['规定时限内', null, 'vague'],
      ['每周四', 'recurring', 'recurring'],
    ]);
    expect(found[1]!.recurrence).toEqual({ unit: 'week', every: 1, at: '4' });
  });

  it('adverbs of promptness are vague deadlines only where they stand alone', () => {
    expect(find('社区要及时发现、及时清理。')).toEqual([]);
    expect(find('并适时举行文艺汇演、篮球等文体活动比赛')).toEqual([]);
    expect(find('整改到位（尽快）')).toEqual([{ text: '尽快', kind: 'relative', precision: 'fuzzy', vague: true }]);
    expect(find('完成时限：尽快')).toEqual([{ text: '完成时限：尽快', kind: 'relative', precision: 'fuzzy', vague: true }]);
    expect(find('在规定时间内构成调查报告').map(brief)).toEqual([['规定时间内', null, 'vague']]);
  });

  it('seed 001 plan 4 and seed 002 篇十: holidays and events the text does not date', () => {
    expect(find('广泛组织开展节日期间多种形式的文化活动，“六一”期间组织“做一个有道德的人”网上签名寄语')).toEqual([
      { text: '节日期间', kind: 'relative', precision: 'fuzzy', anchor: '节日' },
      { text: '“六一”期间', kind: 'relative', precision: 'fuzzy', anchor: '六一' },
    ]);
    expect(find('本次创建检查后，我们要进行全面的总结。')).toEqual([
      { text: '本次创建检查后', kind: 'relative', precision: 'fuzzy', anchor: '本次创建检查' },
    ]);
    expect(find('对拆除后的区域确保绿化，自评合格后报所在镇（街道）')).toEqual([]);
  });

  it('seed 000: milestones with 完成时限 and 9月份', () => {
    const text =
      '（1）广泛宣传阶段：通知到位，通过下发《致居民一封信》，讲清形式要求（完成时限5月31日）（2）集中移除阶段：动员主动移除为主，个别执法移除为补充（完成时限6月1日—6月9日）（3）组织认养阶段：组织居民领取花籽、草籽，进行认养绿地，签订合同，完善后续管理。（完成时限6月18日—20日）（4）组织评比阶段:开展每月一小评，9月份进行有奖综合评定）';
    expect(find(text).map(brief)).toEqual([
      ['完成时限5月31日', '2024-05-31', 'before'],
      ['完成时限6月1日—6月9日', '2024-06-01/2024-06-09', 'range'],
      ['完成时限6月18日—20日', '2024-06-18/2024-06-20', 'range'],
      ['每月', 'recurring', 'recurring'],
      ['9月份', '2024-09-30', 'date'],
    ]);
  });

  it('seed 000: phases and the event deadline', () => {
    expect(find('（一）第一阶段：宣传发动阶段（4月中旬—5月底）召开动员大会，对2024年西安区创建全国文明城市工作进行部署。').map(brief)).toEqual([
      ['4月中旬—5月底', '2024-04-11/2024-05-31', 'range'],
    ]);
    expect(find('（四）第四阶段：总结巩固阶段(10月初—12月底)。').map(brief)).toEqual([['10月初—12月底', '2024-10-01/2024-12-31', 'range']]);
    const event = find('在迎接国家实地测评之前，提前开展创城档案资料收集整理工作。');
    expect(event).toEqual([{ text: '在迎接国家实地测评之前', kind: 'relative', precision: 'fuzzy', anchor: '迎接国家实地测评' }]);
  });

  it('seed 000: the summary year as the time of the work', () => {
    expect(find('在街道统一部署下，在2024年做好社区服务活动场所转型升级').map(brief)).toEqual([['在2024年', '2024-12-31', 'date']]);
  });

  it('seed 001 plan 4: monthly days, 20年底, 每周五, 常态化', () => {
    expect(find('坚持“每月15日市民自觉排队、主动让座推动日”、“每月15日交通红绿灯文明劝导”活动。').map(brief)).toEqual([
      ['每月15日', 'recurring', 'recurring'],
      ['每月15日', 'recurring', 'recurring'],
    ]);
    expect(find('道德讲堂建设要进一步延伸到机关、学校、企业，20年底在各社区要建设好1-2个的“道德讲堂”，实现道德讲堂全覆盖。', 2020).map(brief)).toEqual([
      ['20年底', '2020-12-31', 'date'],
    ]);
    expect(find('坚持执行“每周五责任路段文明卫生劝导和三清一化”活动').map(brief)).toEqual([['每周五', 'recurring', 'recurring']]);
    expect(find('（四）常态化开展“市民不文明行为综合整治”活动').map(brief)).toEqual([['常态化', 'ongoing', 'ongoing']]);
    // a recurrence describing a document, not the work
    expect(find('对照《--市创建全国文明城市工作考核评分细则》（每个季度出台的考核细则），认真准备创建资料。')).toEqual([]);
  });

  it('seed 001 plan 5: daily reports before 4 pm, 常态发展', () => {
    const [d] = find('每天下午4点前各管区要安排专人将一天的工作情况、存在的问题及需协调解决的问题进行汇总');
    expect(d).toEqual({ text: '每天下午4点前', kind: 'recurring', precision: 'exact', recurrence: { unit: 'day', every: 1, time: '16:00' } });
    expect(find('（二）全民动员，常态发展。').map(brief)).toEqual([['常态', 'ongoing', 'ongoing']]);
  });

  it('seed 002 篇八 and 篇十: phases with years, ranges and ends of months', () => {
    expect(find('1、准备阶段（2021年12月25日之前）。县疫情防控指挥部制定具体实施方案和细则').map(brief)).toEqual([
      ['2021年12月25日之前', '2021-12-25', 'before'],
    ]);
    expect(find('首次创建评定于2022年1月底基本完成').map(brief)).toEqual([['2022年1月底', '2022-01-31', 'date']]);
    expect(find('本次创建时间为一个月，从6月15日至7月20日，共分为三个阶段：', null).map(brief)).toEqual([
      ['从6月15日至7月20日', '--06-15/--07-20', 'range'],
    ]);
    expect(find('（一）动员教育工作：6月20日——7月5日。', null).map(brief)).toEqual([['6月20日——7月5日', '--06-20/--07-05', 'range']]);
    expect(find('（二）整改及创建准备工作（7月15日前完成）。', null).map(brief)).toEqual([['7月15日前', '--07-15', 'before']]);
    expect(find('（四）迎检的安排（7月下旬）。', null).map(brief)).toEqual([['7月下旬', '--07-31', 'date']]);
    expect(find('三阶段：实施迎检：7月末。', null).map(brief)).toEqual([['7月末', '--07-31', 'date']]);
    expect(find('一阶段：宣传动员与创建准备：6月15日至7月1日。', null).map(brief)).toEqual([['6月15日至7月1日', '--06-15/--07-01', 'range']]);
  });

  it('real-new 11 (a template): a schedule stage with its dates left blank is a stage of unknown dates, and its x placeholders are no deadline', async () => {
    const [doc] = (await parseFile(fixture('real-new/docs/11_template-street-beautification-placeholders.txt'))).documents;
    expect(doc!.phases.map(({ name, start, end }) => ({ name, start, end }))).toEqual([{ name: '前期准备阶段', start: null, end: null }]);
    expect(doc!.tasks.map((t) => [t.title, t.deadline])).toEqual([['美丽街区', null], ['精品街道', null]]);
  });

  it('before a holiday: a fixed-day holiday is that day (元旦: the coming one), a lunar one or a season hangs on it', () => {
    const at = (text: string, year: number | null) => findDeadlines(text, { lexicon, year }).map((d) => [d.text, d.kind, deadlineValue(d), d.anchor ?? null]);
    expect(at('国庆节前完成全部改造', 2024)).toEqual([['国庆节前', 'before', '2024-10-01', null]]);
    expect(at('“十一”前完成', null)).toEqual([['“十一”前', 'before', '--10-01', null]]);
    expect(at('元旦前完成', 2024)).toEqual([['元旦前', 'before', '2025-01-01', null]]);
    expect(at('春节之前发放到位', 2024)).toEqual([['春节之前', 'relative', null, '春节']]);
    expect(at('汛期前完成河道清淤', 2024)).toEqual([['汛期前', 'relative', null, '汛期']]);
    // `二十一` is a number, not the holiday
    expect(at('第二十一前', 2024)).toEqual([]);
  });

  it('seed 002: quarterly work, and 下一季度 is no calendar quarter', () => {
    expect(find('以后原则上每季度开展一次，一般于每季度末前10天申报，下一季度前10天内完成验收并授旗。').map(brief)).toEqual([
      ['每季度', 'recurring', 'recurring'],
      ['每季度末', 'recurring', 'recurring'],
      ['10天内', null, 'relative'],
    ]);
  });

  it('seed 004: placeholder years and ongoing work', () => {
    expect(find('按照上级的统一安排部署，20xx年—20xx年发放鼠药、蟑药各8000包').map(brief)).toEqual([['20xx年—20xx年', '--01-01/--12-31', 'range']]);
    expect(find('深入推进创文网格化管理工作，积极宣传发动，确保创文工作稳步持续推进。').map(brief)).toEqual([['持续推进', 'ongoing', 'ongoing']]);
  });

  it('real 01: a counted duration closes at 内 whatever follows (`5年内在…领域`), and counts from the plan\'s stated start', () => {
    const since = findDurationStart(['2012年起5年内，实施“633”人才工程'], { year: 2012, lexicon })!;
    const within = (text: string) => findDeadlines(text, { year: 2012, lexicon, durationStart: since }).map(brief);
    expect(within('由市财政给予项目启动资助，5年内在社会管理等领域重点引进100名杰出青年人才。')).toEqual([['5年内', '2016-12-31', 'relative']]);
    expect(within('3个月内部署到位。')).toEqual([['3个月内', null, 'relative']]);
    expect(find('完善3项内容。')).toEqual([]);
  });

  it('real 01: `推动…工作常态化。` is a state to reach; `推动常态化开展` is how the work is done', () => {
    expect(find('进一步推动“留交会”海外人才引进工作常态化，逐步形成全球性人才引进工作网络。')).toEqual([]);
    expect(find('推动常态化开展“文明餐桌”活动。').map(brief)).toEqual([['常态化', 'ongoing', 'ongoing']]);
  });

  it('real 02: an ongoing word with a quoted object (`持续推进“一网通办”`) is the verb of the work, not its schedule', () => {
    expect(find('实施“证照分离”改革全覆盖，持续推进“一网通办”“一日办结”。')).toEqual([]);
    expect(find('确保创文工作稳步持续推进。').map(brief)).toEqual([['持续推进', 'ongoing', 'ongoing']]);
  });

  it('times of day never change the date', () => {
    expect(find('请于6月15日（周四）上午9时前报送').map(brief)).toEqual([['6月15日（周四）上午9时前', '2024-06-15', 'before']]);
  });
});

describe('findDeadlines: what is not a deadline', () => {
  const NOT = [
    '空调社区辖区面积辖区面积2.02平方公里。现有居民1194户，人口3776人。',
    '开展“两学一做”学习教育，组织开展党课6次。各类活动10余次。',
    '门口有公共秩序维护员24小时执勤，不擅离职守。',
    '及时的基本原则'.slice(2),
    '为2024年国家测评验收奠定基础。',
    '对2024年西安区创建全国文明城市工作进行部署。',
    '在社区工作人员中开展熟知和背诵社会主义核心价值观24字活动',
    '3年来，半年来，今年前半年来，近三年，一年来',
    '按照《关于进一步加强澄江县创建全国文明城市日常创建工作的通知》（澄创文办发〔20_〕43号）的相关要求',
    '确保校园周边200米内无网吧',
    '社区70岁以上老人238人，6-16岁少年儿童422人',
    '投资1.5-2.5万元，知晓率达90%以上',
    '以《公民道德建设实施纲要》20字基本道德规范',
    '为了做好20--年度精神文明建设工作',
    '丰富常态化管理办法，形成社区内部管理长效机制',
    '本着真实、准确、完整、及时的基本原则',
    '部分群众的建筑垃圾处理不及时',
    '党的十九大，“三个代表”，“六一”儿童节，第四轮，第二十四个世界读书日，二十一期间',
    '今年中秋节，本年度，当年评先资格',
  ];
  for (const text of NOT) it(text, () => expect(find(text)).toEqual([]));
});

describe('parseDateLine', () => {
  it.each([
    ['2024年3月1日', '2024-03-01'],
    ['二〇二四年三月一日', '2024-03-01'],
    ['2024-03-01', '2024-03-01'],
    ['  2024年12月31日。', '2024-12-31'],
    ['２０２４年３月１日', '2024-03-01'],
  ])('%s → %s', (line, iso) => expect(parseDateLine(line)).toBe(iso));
  it.each(['3月1日', '2024年3月', '2024年3月1日印发', '20xx年3月1日', '附件1', '2023年2月29日'])('%s → null', (line) =>
    expect(parseDateLine(line)).toBeNull(),
  );
});

describe('findYear', () => {
  it.each([
    ['2024年创建全国文明城市空调社区工作方案', 2024],
    ['xx镇20xx年创建文明单位工作计划，2019年', 2019],
    ['二〇二三年工作要点', 2023],
    ['20__年，延安市创建全国文明城市', null],
    ['本文共计11425个文字', null],
    // a plan period starts in its first year; a school year's spring term lies in the later one
    ['六盘水市新型基础设施建设三年行动方案（2022—2024年）的通知', 2022],
    ['长沙市第六中学2020-2021学年第二学期校历', 2021],
    ['2020-2021学年度下学期工作计划', 2021],
    ['2020—2021学年第一学期教学工作计划', 2020],
  ])('%s → %s', (text, year) => expect(findYear(text)).toBe(year));
});

describe('deadlineValue', () => {
  it('compares ranges by start/end, others by their end, recurring and ongoing by kind', () => {
    expect(deadlineValue(parseDeadline('6月1日—6月9日', { year: 2024, lexicon }))).toBe('2024-06-01/2024-06-09');
    expect(deadlineValue(parseDeadline('9月份', { year: 2024, lexicon }))).toBe('2024-09-30');
    expect(deadlineValue(parseDeadline('年底前', { year: 2024, lexicon }))).toBe('2024-12-31');
    expect(deadlineValue(parseDeadline('每周四', { year: 2024, lexicon }))).toBe('recurring');
    expect(deadlineValue(parseDeadline('长期坚持', { year: 2024, lexicon }))).toBe('ongoing');
    expect(deadlineValue(parseDeadline('尽快', { year: 2024, lexicon }))).toBeNull();
    expect(deadlineValue(null)).toBeNull();
  });
});

describe('a task with several dates (the real corpus\' contract: "when an item has two deadlines the first is given")', () => {
  it('dated paragraphs give the first date, each kept as a milestone (real 12: 5 月底前 … 12 月底前, over a line break)', async () => {
    const file = await parseFile(fixture('real/docs/12_charm-civilized-city-actions.txt'));
    const task = file.documents[0]!.tasks.find((t) => t.title === '加快老旧小区整治改造')!;
    expect(task.deadline).toMatchObject({ text: '5 月底前', end: expect.stringMatching(/-05-31$/) });
    expect(task.milestones.map((m) => m.deadline?.end?.slice(-5))).toEqual(['05-31', '12-31']);
  });
  it('numbered sub-steps of one schedule still span their dates (the seeds\' gold)', async () => {
    const file = await parseFile(fixture('seeds/000_6b83b6aff292ad91.txt'));
    const task = file.documents[0]!.tasks.find((t) => t.title === '整治小区环境卫生')!;
    expect(task.deadline).toMatchObject({ kind: 'range', start: '2024-05-31', end: '2024-09-30' });
  });
});

describe('a year compared against is a reference, not when the work is done (real-new 77, 东莞, traditional script)', () => {
  it('`不高于2017年征收标准` names no deadline; the validity end after it is the item deadline', async () => {
    expect(findDeadlines('继续按不高于2017年征收标准征收残疾人就业保障金', { lexicon, year: 2021 })).toEqual([]);
    expect(findDeadlines('力争低于2020年水平', { lexicon, year: 2021 })).toEqual([]);
    // `于` alone still says when
    expect(findDeadlines('于2024年完成改造', { lexicon, year: null }).map((d) => d.end)).toEqual(['2024-12-31']);
    const doc = (await parseFile(fixture('real-new/docs/77_dongguan-2021-employment-measures-trad-policy-periods.txt'))).documents[0]!;
    expect(doc.tasks.find((t) => t.number.join('/') === '一/（一）/2')!.deadline?.end).toBe('2022-12-31');
  });

  it('an ongoing word a 保障 makes the state to reach is no schedule (real-new 71: `保障我局政务公开工作长效、有序推进`)', () => {
    expect(findDeadlines('局综合科要建立一套完善的政府信息公开制度，保障我局政务公开工作长效、有序推进。', { lexicon, year: null })).toEqual([]);
  });
});

describe('yearOfWeekdays', () => {
  it('picks the one candidate year in which every weekday-dated day falls on its weekday', () => {
    expect(yearOfWeekdays('周一（10月25日）举行仪式。周五（10月29日）收看节目。2009—2010学年度考核。', 2009)).toBe(2010);
    expect(yearOfWeekdays('10月29日（星期五）报到', 2010)).toBe(2010);
    // no weekday-dated day, or none that fits: the year found stands (null here)
    expect(yearOfWeekdays('10月25日举行仪式', 2009)).toBeNull();
    expect(yearOfWeekdays('周三（10月25日）举行仪式', 2010)).toBeNull();
    // the year after the one found may be the one (a school year's autumn written under the spring's year)
    expect(yearOfWeekdays('周二（10月25日）举行仪式', 2010)).toBe(2011);
  });
});
