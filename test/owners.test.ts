import { describe, it, expect } from 'vitest';
import {
  classifyOwner,
  findInlineOwners,
  groupHeadingOwners,
  isPlausibleOwner,
  parseContinuationOwners,
  parseOwnerLine,
  parseRosterLine,
  splitOwners,
} from '../src/extract/owners.js';
import { defaultLexicon as lex, mergeLexicon } from '../src/lexicon/index.js';
import type { Owner, OwnerKind, OwnerRole } from '../src/model/plan.js';
import { parseFile, parseText } from '../src/index.js';
import { fixture, realNewDoc } from './helpers/corpus.js';

type Brief = [name: string, role: OwnerRole, kind: OwnerKind];
const brief = (owners: Owner[] | null | undefined): Brief[] | null => owners?.map((o) => [o.name, o.role, o.kind]) ?? null;

const P = (name: string): Brief => [name, 'responsible', 'person'];
const U = (name: string, role: OwnerRole = 'responsible'): Brief => [name, role, 'unit'];
const C = (name: string, role: OwnerRole = 'responsible'): Brief => [name, role, 'collective'];
const X = (name: string, role: OwnerRole = 'responsible'): Brief => [name, role, 'placeholder'];

/** Owner lines: [line, expected owners (null: not an owner line), role for the lines that follow]. */
const OWNER_LINES: [string, Brief[] | null, OwnerRole?][] = [
  ['责任人：王丹', [P('王丹')], 'responsible'],
  ['责任人：：王丹', [P('王丹')], 'responsible'],
  ['责任人:王丹', [P('王丹')], 'responsible'],
  ['责任人：杨婷', [P('杨婷')], 'responsible'],
  ['责任人：池艳莉', [P('池艳莉')], 'responsible'],
  ['责任人：全体工作人员', [C('全体工作人员')], 'responsible'],
  ['责任人：王丹　杨婷', [P('王丹'), P('杨婷')], 'responsible'],
  ['责任人：王丹、齐妍爽', [P('王丹'), P('齐妍爽')], 'responsible'],
  ['责任人：王丹同志', [P('王丹')], 'responsible'],
  ['责任人：', [], 'responsible'],
  ['责任人：xxx', [X('xxx')], 'responsible'],
  ['责任人：×××', [X('×××')], 'responsible'],
  ['负责人：某某', [X('某某')], 'responsible'],
  ['责任单位：__', [X('__')], 'responsible'],
  ['配合单位：xx社区', [X('xx社区', 'support')], 'support'],
  ['（责任单位：市文明办）', [U('市文明办')], 'responsible'],
  ['〔责任单位:市文明办、市城管局〕', [U('市文明办'), U('市城管局')], 'responsible'],
  ['(牵头单位:市文明办;配合单位:各区、各有关单位)', [U('市文明办', 'lead'), C('各区', 'support'), C('各有关单位', 'support')], 'support'],
  ['（牵头单位：市文明办；配合单位：各区）。', [U('市文明办', 'lead'), C('各区', 'support')], 'support'],
  ['（牵头单位：市文明办）（配合单位：各区）', [U('市文明办', 'lead'), C('各区', 'support')], 'support'],
  ['（市文明办牵头，各区按职责分工负责）', [U('市文明办', 'lead'), C('各区')], 'responsible'],
  ['（由城管办负责）', [U('城管办')], 'responsible'],
  ['责任单位：各县（市、区）人民政府', [C('各县（市、区）人民政府')], 'responsible'],
  ['责任单位：市文明办及各社区', [C('市文明办及各社区')], 'responsible'],
  ['责任单位：住房和城乡建设局', [U('住房和城乡建设局')], 'responsible'],
  ['牵头领导：张书记  责任单位：市城管局', [['张书记', 'lead', 'person'], U('市城管局')], 'responsible'],
  ['责任领导：李明', [P('李明')], 'responsible'],
  ['主办单位：市委宣传部', [U('市委宣传部', 'lead')], 'lead'],
  ['协办单位：团市委、市妇联', [U('团市委', 'support'), U('市妇联', 'support')], 'support'],
  ['参与单位：相关部门', [C('相关部门', 'support')], 'support'],
  ['责任部门：社区居委会', [U('社区居委会')], 'responsible'],
  ['责任单位：市文明办，各区配合', [U('市文明办'), C('各区', 'support')], 'responsible'],
  // not owner lines
  ['负责人要高度重视此项工作', null],
  ['负责人：要高度重视此项工作', null],
  ['选派文字综合和协调能力最强的同志专门负责创城档案资料整理报送工作，报送的材料需经责任一把手审阅签字后，方可上报。', null],
  ['（一）城区管理专项行动。', null],
  ['（负责迎检全面工作）', null],
  ['（2021年12月25日之前）', null],
  ['组长：xx。', null],
  ['严格执行“谁牵头谁负责、谁主管谁负责、谁丢分谁负责”的追责、问责制度。', null],
  ['（三）袁家军省长主抓', null],
];

describe('parseOwnerLine', () => {
  for (const [line, owners, role] of OWNER_LINES) {
    it(line, () => {
      const parsed = parseOwnerLine(line, lex);
      expect(brief(parsed?.owners)).toEqual(owners);
      if (role) expect(parsed?.role).toBe(role);
    });
  }
  it('keeps the text as written in raw', () => {
    const parsed = parseOwnerLine('（市文明办牵头，各区按职责分工负责）', lex)!;
    expect(parsed.owners.map((o) => o.raw)).toEqual(['市文明办牵头', '各区按职责分工负责']);
  });
});

const CONTINUATIONS: [string, Brief[] | null][] = [
  ['齐妍爽', [P('齐妍爽')]],
  ['王丹　杨婷', [P('王丹'), P('杨婷')]],
  ['王丹 杨婷', [P('王丹'), P('杨婷')]],
  ['社区居委会', [U('社区居委会')]],
  ['全体工作人员', [C('全体工作人员')]],
  ['xx', [X('xx')]],
  ['2、整治非法小广告、宣传单。针对非法小广告屡禁不止、商业宣传单无序发放等问题', null],
  ['3．整治窗口服务缺位。', null],
  ['（二）城区管理专项行动。', null],
  ['重点工作', null],
  ['一', null],
  ['存在问题', null],
  ['社区要及时发现、及时清理', null],
  ['党建引领', null],
];

describe('parseContinuationOwners', () => {
  for (const [line, owners] of CONTINUATIONS) it(line, () => expect(brief(parseContinuationOwners(line, 'responsible', lex))).toEqual(owners));
  it('takes the role of the owner line above', () => {
    expect(brief(parseContinuationOwners('各区', 'support', lex))).toEqual([C('各区', 'support')]);
  });
});

describe('splitOwners', () => {
  it.each<[string, OwnerRole, Brief[]]>([
    ['王丹、齐妍爽', 'responsible', [P('王丹'), P('齐妍爽')]],
    ['市文明办牵头，各区配合', 'responsible', [U('市文明办', 'lead'), C('各区', 'support')]],
    ['市文明办牵头，各区、各有关单位配合', 'responsible', [U('市文明办', 'lead'), C('各区', 'support'), C('各有关单位', 'support')]],
    ['各县（市、区）人民政府、市直各部门', 'responsible', [C('各县（市、区）人民政府'), C('市直各部门')]],
    ['市文明办及各社区', 'lead', [C('市文明办及各社区', 'lead')]],
    ['市公安局；市交通局\n市城管局', 'support', [U('市公安局', 'support'), U('市交通局', 'support'), U('市城管局', 'support')]],
    ['王丹同志、张书记', 'responsible', [P('王丹'), P('张书记')]],
  ])('%s', (text, role, owners) => expect(brief(splitOwners(text, role, lex))).toEqual(owners));
});

describe('classifyOwner', () => {
  it.each<[string, OwnerKind]>([
    ['王丹', 'person'],
    ['齐妍爽', 'person'],
    ['欧阳明', 'person'],
    ['张书记', 'person'],
    ['王丹同志', 'person'],
    ['管区书记', 'person'],
    ['科室负责人', 'person'],
    ['市文明办', 'unit'],
    ['执法中队', 'unit'],
    ['科技文化中心', 'unit'],
    ['市场事务所', 'unit'],
    ['空调社区', 'unit'],
    ['西安区人民政府', 'unit'],
    ['全体工作人员', 'collective'],
    ['各社区', 'collective'],
    ['各有关单位', 'collective'],
    ['相关部门', 'collective'],
    ['有关科室', 'collective'],
    ['分管党政成员', 'collective'],
    ['社区干部和小组长', 'collective'],
    ['xx', 'placeholder'],
    ['XX', 'placeholder'],
    ['×××', 'placeholder'],
    ['某某', 'placeholder'],
    ['__', 'placeholder'],
    ['**', 'placeholder'],
    ['xx社区', 'placeholder'],
    ['XX同志', 'placeholder'],
    ['xx镇政府', 'placeholder'],
    ['待定', 'placeholder'],
    ['XX市文明办', 'unit'],
  ])('%s → %s', (name, kind) => expect(classifyOwner(name, lex)).toBe(kind));

  it('learns surnames, titles and collective words a user adds', () => {
    const extended = mergeLexicon(lex, { surnames: '赪', collectiveWords: ['创城专班'] });
    expect(classifyOwner('赪光', lex)).toBe('unit');
    expect(classifyOwner('赪光', extended)).toBe('person');
    expect(classifyOwner('创城专班', extended)).toBe('collective');
  });
});

describe('findInlineOwners', () => {
  it.each<[string, Brief[]]>([
    [
      '“条”上由城管办、执法中队、物业办、市场事务所、科技文化中心具体负责业务指导，分管党政成员为第一责任人，科室负责人为直接责任人；“块”上由各管区牵头开展工作，管区书记为第一责任人，各社区书记为直接责任人。',
      [
        U('城管办'),
        U('执法中队'),
        U('物业办'),
        U('市场事务所'),
        U('科技文化中心'),
        C('分管党政成员'),
        P('科室负责人'),
        C('各管区', 'lead'),
        P('管区书记'),
        C('各社区书记'),
      ],
    ],
    ['加强城市管理（责任单位：市城管局；配合单位：各区）。', [U('市城管局'), C('各区', 'support')]],
    ['开展全民健身活动（市体育局牵头，各县区按职责分工负责）', [U('市体育局', 'lead'), C('各县区')]],
    ['由市文明办牵头，各区配合。', [U('市文明办', 'lead'), C('各区', 'support')]],
    ['市文明办牵头，各区配合，确保实效。', [U('市文明办', 'lead'), C('各区', 'support')]],
    ['整治工作由城管办负责。', [U('城管办')]],
    ['计划统一由镇爱卫会负责清运。', [U('镇爱卫会')]],
    ['社区、村是该项工作的直接责任人，要高度重视', [U('社区'), U('村')]],
    ['各物业服务企业的负责人是本次创城工作的第一责任人，要提高认识', [C('各物业服务企业的负责人')]],
    ['选派文字综合和协调能力最强的同志专门负责创城档案资料整理报送工作，报送的材料需经责任一把手审阅签字后，方可上报。', []],
    ['针对非法小广告屡禁不止、商业宣传单无序发放等问题，要形成联动机制，公安分局要加大打击力度，教育文体局对非法小广告印刷行业进行严格监管，社区要及时发现、及时清理。', []],
    ['（三）袁家军省长主抓的数字化改革', []],
    ['严格执行“谁牵头谁负责、谁主管谁负责、谁丢分谁负责”的追责、问责制度。', []],
    ['市创文办牵头，先后两次召开“五城联创”联席会议', []],
    ['由专人负责此项工作', []],
    ['由于工作需要，社区负责人要亲自抓', []],
    // a sentence that opens with its units and 负责: a collective, a short bracket of a name, a list (real-new 117, 143)
    ['各区人民政府负责督促区建委等相关职能部门完善所属的停车港。', [C('各区人民政府')]],
    ['各区政府（管委会）及除运雪指挥部负责本辖区的指导、考核、监督工作。', [C('各区政府（管委会）及除运雪指挥部')]],
    ['市公安局、市交通局负责本辖区的指导。', [U('市公安局'), U('市交通局')]],
    // one name of the list is no unit's: the phrase is work's subject, not owners
    ['教育、卫生部门负责组织学生体检。', []],
  ])('%s', (text, owners) => expect(brief(findInlineOwners(text, lex))).toEqual(owners));
});

type RosterBrief = [role: string, members: Brief[], duty?: string];
const roster = (line: string): RosterBrief[] | null =>
  parseRosterLine(line, lex)?.map((e) => (e.duty ? [e.role, brief(e.members)!, e.duty] : [e.role, brief(e.members)!])) ?? null;

describe('parseRosterLine', () => {
  it.each<[string, RosterBrief[] | null]>([
    ['组长：xx。副组长：xx。成员：xx。', [['组长', [X('xx', 'lead')]], ['副组长', [X('xx')]], ['成员', [X('xx', 'support')]]]],
    ['组长：xx。', [['组长', [X('xx', 'lead')]]]],
    ['人口管理组组长：xx。', [['人口管理组组长', [X('xx', 'lead')]]]],
    ['领导小组组长：负责迎检全面工作和总协调；', [['领导小组组长', [], '负责迎检全面工作和总协调']]],
    ['组长：张三，负责全面工作', [['组长', [['张三', 'lead', 'person']], '负责全面工作']]],
    ['成员：王丹、杨婷、齐妍爽', [['成员', [['王丹', 'support', 'person'], ['杨婷', 'support', 'person'], ['齐妍爽', 'support', 'person']]]]],
    [
      '为加强对创建工作的组织领导，成立银川市物业服务行业创建全国文明城市工作小组：市物业办主任郭赪光任组长；市物业办副主任李威任副组长；物业管理科科长许永宏具体负责创建活动的开展。',
      [['组长', [['郭赪光', 'lead', 'person']]], ['副组长', [P('李威')]]],
    ],
    ['成立创城领导小组，书记任组长，各人有分工', [['组长', [['书记', 'lead', 'person']]]]],
    [
      '街道“创城”工作领导小组组长由街道主要领导担任，党政成员任领导小组成员，领导小组下设办公室。',
      [['工作领导小组组长', [['街道主要领导', 'lead', 'person']]], ['领导小组成员', [C('党政成员', 'support')]]],
    ],
    ['成立以小区经理为组长的创建文明小区工作小组', [['组长', [['小区经理', 'lead', 'person']]]]],
    ['责任人：王丹', null],
    ['任务：完成创建工作', null],
    ['各社区要主动与帮扶单位取得联系', null],
    ['（二）组长：xx', null],
  ])('%s', (line, entries) => expect(roster(line)).toEqual(entries));
});

describe('owners named as the subjects of the clauses after `由X负责` (fixtures/real 22)', () => {
  it('reads 消防部门 and the 工商部门 that 配合, and 自管单位 with the 消防部门 that supervises', async () => {
    const { parseFile } = await import('../src/index.js');
    const { fixture } = await import('./helpers/corpus.js');
    const file = await parseFile(fixture('real/docs/22_highrise-fire-rectification-phases.txt'));
    const tasks = file.documents[0]!.tasks;
    expect(tasks.map((t) => [t.number.join('/'), t.owners.map((o) => `${o.name}:${o.role}`)])).toEqual([
      ['（八）', ['消防部门:responsible', '工商部门:support']],
      ['（九）', ['自管单位:responsible', '消防部门:responsible']],
    ]);
  });
});

describe('names that are work, not owners', () => {
  // 年底前 and 月底前 have a surname's shape (年, 月): a date is no person; nor is a unit of measure (万亩: 万 is a surname); a figure with a target's unit is a target
  it.each(['初二全体教师会', '初二、初三百日誓师大会', '2020年党支部组织生活会', '全市安全生产推进会', '完成公交站台改造20处', '新建3个站', '年底前', '万亩', '万吨', '全体居民人均可支配收入增长6%左右', '建成高标准农田8.3万亩', '做好各类规划主动公开'])('%s is no owner', (name) => {
    expect(isPlausibleOwner(name, lex)).toBe(false);
  });
  // a unit with its other name in brackets is judged by its own
  it.each(['工会', '校学生会', '县总工会', '区妇联', '县开发区', '市财政局预算处', '市商务局（市粮食和物资储备局）'])('%s is one', (name) => expect(isPlausibleOwner(name, lex)).toBe(true));
});

describe('owners a group heading gives the items under it', () => {
  it.each([
    ['县示范区管委会牵头工作（8项）', [['县示范区管委会', 'lead']]],
    ['县发改局牵头的工作(5项)', [['县发改局', 'lead']]],
    ['县教育局负责事项', [['县教育局', 'responsible']]],
    // a leader heading a group supervises it and owns none of its tasks (the annotation contract)
    ['王宏副市长牵头重点工作', []],
    ['加强组织领导工作', []],
  ])('%s', (heading, owners) => {
    expect(groupHeadingOwners(heading, lex).map((o) => [o.name, o.role])).toEqual(owners);
  });

  it('real plans: `一、县示范区管委会牵头工作(8项)` and `(一)师德建设:(具体负责实施人:刘晓辉)` own the items under them (real-more 01, 10)', async () => {
    const tasksOf = async (name: string) => (await parseFile(fixture(`real-more/docs/${name}`))).documents[0]!.tasks;
    for (const task of await tasksOf('01_qinxian-2025-task-list-annex.txt')) expect(task.owners.map((o) => [o.name, o.role])).toEqual([['县示范区管委会', 'lead']]);
    for (const task of await tasksOf('10_middle-school-ethics-plan.txt')) expect(task.owners.map((o) => o.name)).toEqual(['刘晓辉']);
  });
});

describe('owner brackets written by others (fixtures/real 02, 18)', () => {
  it.each([
    [
      '〔责任单位：省发展改革委、省市场监管局、商务厅、省大数据中心按职责分工负责。具体任务均涉及相关市（州）人民政府，不再做分工，下同。〕',
      ['省发展改革委', '省市场监管局', '商务厅', '省大数据中心'],
    ],
    ['（区发改局牵头，区财政局、区水务局等部门，区国投公司、各街道办事处配合）', ['区发改局', '区财政局', '区水务局等部门', '区国投公司', '各街道办事处']],
  ])('%s', (text, names) => {
    expect(findInlineOwners(`推进项目建设。${text}`, lex).map((o) => o.name)).toEqual(names);
  });

  it('the roles of a shared role word: the clause before `…配合` supports too', () => {
    const owners = findInlineOwners('推进项目建设。（区发改局牵头，区财政局等部门，各街道办事处配合）', lex);
    expect(owners.map((o) => [o.name, o.role])).toEqual([['区发改局', 'lead'], ['区财政局等部门', 'support'], ['各街道办事处', 'support']]);
  });
});

describe('supervising leaders (分管领导, 联系领导): owners, never lead', () => {
  it('reads a 分管领导 column as supervisor beside the 牵头单位 lead (real-more 22)', async () => {
    const parsed = await parseFile(fixture('real-more/docs/22_chongchuan-2023-livelihood-progress-table.txt'));
    const task = parsed.documents[0]!.tasks[0]!;
    expect(brief(task.owners)).toEqual([
      ['徐国江', 'supervisor', 'person'],
      U('城管局', 'lead'),
      // 责任主体与协同单位: the column's last word (协同) gives the role
      U('市政局', 'support'),
      C('相关街道', 'support'),
    ]);
  });

  it('reads 分管领导 and 联系领导 field labels as supervisor, 责任领导 as responsible', () => {
    expect(brief(parseOwnerLine('分管领导：王丹', lex)?.owners)).toEqual([['王丹', 'supervisor', 'person']]);
    expect(brief(parseOwnerLine('联系领导：杨婷', lex)?.owners)).toEqual([['杨婷', 'supervisor', 'person']]);
    expect(brief(parseOwnerLine('责任领导：高勤', lex)?.owners)).toEqual([P('高勤')]);
  });
});

describe('owners written in a paragraph: run-in fields, lenticular labels, a closing bracket of names', () => {
  const text = [
    '某市2024年优化营商环境工作要点',
    '一、重点任务',
    '1.深化“一网通办”改革。推进政务服务事项全程网办。【责任单位】市行政审批局、市大数据局【完成时限】2024年12月底',
    '2.开展涉企收费专项清理。（市发改委、市财政局，2024年6月底前）',
    '3.完善企业开办服务。责任单位：市市场监管局 完成时限：2024年9月',
    '4.推进工程建设项目审批改革。牵头领导：张伟（副市长）；牵头单位：市住建局；配合单位：市自然资源局。',
    '5.加强信用体系建设。[牵头单位：市发改委；责任单位：各县（市、区）人民政府]',
    '6.开展营商环境评价。（含各县区、开发区）',
    '7.强化政策宣传。牵头单位负责统筹协调，各成员单位按职责分工抓好落实。',
  ].join('\n');
  const tasks = () => parseText(text).documents[0]!.tasks;
  const who = (n: number) => tasks()[n]!.owners.map((o) => `${o.name}:${o.role}${o.via === 'inline' || o.via === 'bracket' ? `:${o.via}` : ''}`);

  it('reads each as the item\'s owners, with the roles the labels give', () => {
    expect(tasks().map((t) => t.title)).toEqual(['深化“一网通办”改革', '开展涉企收费专项清理', '完善企业开办服务', '推进工程建设项目审批改革', '加强信用体系建设', '开展营商环境评价', '强化政策宣传']);
    expect(who(0)).toEqual(['市行政审批局:responsible', '市大数据局:responsible']);
    // no label, a closing bracket of names: owners, none leading
    expect(who(1)).toEqual(['市发改委:responsible:bracket', '市财政局:responsible:bracket']);
    expect(who(2)).toEqual(['市市场监管局:responsible']);
    expect(who(3)).toEqual(['张伟（副市长）:lead', '市住建局:lead', '市自然资源局:support']);
    expect(who(4)).toEqual(['市发改委:lead', '各县（市、区）人民政府:responsible']);
  });

  it('the fields give their deadlines; a bracket of places and a sentence about duties give no owner', () => {
    expect(tasks().map((t) => t.deadline?.end ?? null)).toEqual(['2024-12-31', '2024-06-30', '2024-09-30', null, null, null, null]);
    expect(who(5)).toEqual([]);
    expect(who(6)).toEqual([]);
  });
});

describe('field lines with more than names', () => {
  it('a contact number after a name is no part of it; two fields parted by a space; a deadline field before the owner', () => {
    const text = [
      '某镇2024年安全生产专项整治工作方案',
      '一、整治任务',
      '1.开展燃气安全排查。',
      '责任人：张三（13800000000）',
      '2.开展消防通道整治。',
      '责任领导：李四 责任人：王五',
      '3.开展危化品检查。',
      '完成时限：2024年6月30日；责任单位：镇应急办',
    ].join('\n');
    const tasks = parseText(text).documents[0]!.tasks;
    expect(tasks.map((t) => [t.owners.map((o) => `${o.name}:${o.role}`), t.deadline?.end ?? null])).toEqual([
      [['张三:responsible'], null],
      [['李四:responsible', '王五:responsible'], null],
      [['镇应急办:responsible'], '2024-06-30'],
    ]);
    expect(tasks[0]!.owners[0]!.raw).toBe('张三（13800000000）');
  });
});

describe('brackets and labels of held-out plans (real-new 33 宁夏, 34 成都)', () => {

  it('`（自治区河长办、河长制责任单位牵头，各市、县〔区〕落实）`: two leads, and a level of government with its alternatives; the page metadata is no title', async () => {
    const file = await parseFile(realNewDoc('33_'));
    expect(file.documents).toHaveLength(1);
    expect(file.documents[0]!.tasks[0]!.owners.map((o) => `${o.name}:${o.role}`)).toEqual(['自治区河长办:lead', '河长制责任单位:lead', '各市:responsible', '县〔区〕:responsible']);
  });

  it('`数据提供单位` in a bracket of labelled fields supports; the bracket still gives 牵头领导 and 牵头单位', async () => {
    const doc = (await parseFile(realNewDoc('34_'))).documents.find((d) => d.tasks.length)!;
    expect(doc.tasks[0]!.owners.map((o) => `${o.name}:${o.role}`)).toEqual(['谢瑞武:lead', '市发改委:lead', '市统计局:support']);
  });

  it('a county bureau’s 股 is a unit', () => expect(isPlausibleOwner('乡村产业发展股', lex)).toBe(true));
});

describe('a bracket of two roles parted by a semicolon (real-new 127 云南)', () => {
  it('`（各州、市人民政府负责；省旅游发展委协调推动）`: the units that 协调推动 help the ones that answer', async () => {
    const doc = parseText('一、主要任务\n（一）创建一批全域旅游示范区。重点推动实施50个示范区创建。（各州、市人民政府负责；省旅游发展委协调推动）\n').documents[0]!;
    expect(doc.tasks[0]!.owners.map((o) => [o.name, o.role])).toEqual([
      ['各州', 'responsible'],
      ['市人民政府', 'responsible'],
      ['省旅游发展委', 'support'],
    ]);
  });
});

describe('a role pair opened by 负责 (real-new 41 莆田)', () => {
  it('`市工商局负责，市经贸委、市农业局配合，…`: one unit answers, the others help', async () => {
    const file = realNewDoc('41_');
    const doc = (await parseFile(file)).documents[0]!;
    const task = doc.tasks.find((t) => t.text.startsWith('市工商局负责'))!;
    expect(task.owners.map((o) => `${o.name}:${o.role}`)).toEqual(['市工商局:responsible', '市经贸委:support', '市农业局:support']);
    // eight helping units (a list of ~50 characters)
    const long = doc.tasks.find((t) => t.text.startsWith('市卫生局负责'))!;
    expect(long.owners.map((o) => o.name)).toEqual(['市卫生局', '市食安办', '市农业局', '市海洋与渔业局', '市环保局', '市工商局', '市质监局', '市粮食局', '莆田出入境检验检疫局']);
  });

  it('a unit that opens its sentence with 负责 is its owner, as real-new 41\'s annotators read `市城管执法局负责，取缔…`; a subject without 负责 is none', () => {
    const [doc] = parseText('一、主要任务\n（一）加强巡查。镇交管办负责，每月开展一次巡查。\n（二）加强宣传。镇宣传办每月开展一次宣传。').documents;
    expect(doc!.tasks.map((t) => t.owners.map((o) => `${o.name}:${o.role}`))).toEqual([['镇交管办:responsible'], []]);
  });
});

describe('owner brackets and openings of held-out plans (real-new 56 均坪, 57 内蒙古, 69 玉林)', () => {
  const ownersOf = async (prefix: string, number: string) =>
    (await parseFile(realNewDoc(prefix))).documents[0]!.tasks.find((t) => t.number.join('/') === number)!.owners.map((o) => `${o.name}:${o.role}`);

  it('a sentence that opens with the unit that leads it (`镇应急办牵头，组织各村（居）委会…`): that unit leads; the units it organises are no owners', async () => {
    expect(await ownersOf('56_', '三/（二）')).toEqual(['镇应急办:lead']);
    // the subject of a sentence without a role word stays no owner
    expect(await ownersOf('56_', '三/（一）')).toEqual([]);
  });

  it('`…按职责分工负责，下同。以下各项任务…不再列出`: the note closing the list names no one', async () => {
    const owners = await ownersOf('57_', '一/（一）');
    expect(owners).toContain('四市人民政府:responsible');
    expect(owners.some((o) => o.startsWith('下同'))).toBe(false);
  });

  it('a bracket of sentences: `X等按职责分工负责。责任单位：Y。以下均需…落实，不再列出。` gives X and Y (Y labelled 责任单位); `自然资源局等` is a name as written', async () => {
    expect(await ownersOf('69_', '（一）/1')).toEqual([
      '市生态环境局:responsible', '发展改革委:responsible', '工业和信息化局:responsible', '水利局:responsible', '自然资源局等:responsible',
      '各县（市、区）人民政府:responsible', '各开发园区管委:responsible',
    ]);
  });
});

describe('branches of banks and companies are units (real-new 75, 云南: `国家开发银行云南省分行`)', () => {
  it('a bracket of lead and supporting groups parted by `；` keeps every name', () => {
    const owners = findInlineOwners('检查。（省发展改革委、财政厅牵头；省工业和信息化委、地税局，国家开发银行云南省分行、农业发展银行云南省分行，各州、市人民政府配合）', lex);
    expect(owners.map((o) => `${o.name}:${o.role}`)).toEqual([
      '省发展改革委:lead', '财政厅:lead', '省工业和信息化委:support', '地税局:support',
      '国家开发银行云南省分行:support', '农业发展银行云南省分行:support', '各州:support', '市人民政府:support',
    ]);
    expect(classifyOwner('中国移动通信集团分公司', lex)).toBe('unit');
  });
});

describe('a role noun before the names it introduces (real-new 79, 平利: `由包片单位县气象局负责`)', () => {
  it('the names follow the noun; a 供销社 is a unit', async () => {
    const owners = (text: string) => findInlineOwners(text, lex).map((o) => o.name);
    expect(owners('整改要求：由包片单位县供销社负责督促业主清理院内垃圾死角。')).toEqual(['县供销社']);
    expect(owners('由陈家坝沿线包片单位县职教中心、县消防大队、县委党校负责对各自片区出店商户开展劝阻教育。')).toEqual(['县职教中心', '县消防大队', '县委党校']);
    const tasks = (await parseFile(realNewDoc('79_'))).documents[0]!.tasks;
    expect(tasks.map((t) => t.owners.map((o) => o.name).join('、'))).toEqual(['县环卫站', '县气象局', '县供销社', '城关镇', '县职教中心、县消防大队、县委党校、县供销社、县交通局']);
  });
});

describe('a 由X负责 sentence whose next clause names a helper without a comma (real-new 42, traditional script)', () => {
  it('`由A负责、B配合…` and `由A负责B配合…`: A responsible, B supporting', () => {
    const owners = (text: string) => findInlineOwners(text, lex).map((o) => `${o.name}:${o.role}`);
    expect(owners('由区公安分局负责、区运输管理所配合做好春运期间道路交通秩序管理。')).toEqual(['区公安分局:responsible', '区运输管理所:support']);
    expect(owners('由区运输管理所负责区安监局配合抓好春运期间客运安全监管。')).toEqual(['区运输管理所:responsible', '区安监局:support']);
  });
});

describe('a line of helping units closing a group its heading gives a lead (real-new 25, 山西)', () => {
  it('`（三）省编办牵头的工作` / `1.…` / `2.…` / `协同单位：…`: every item of the group is led by 省编办 and helped by the units', async () => {
    const tasks = (await parseFile(realNewDoc('25_'))).documents[0]!.tasks.filter((t) => t.number.join('/').startsWith('一/（三）'));
    expect(tasks).toHaveLength(2);
    for (const t of tasks) expect(t.owners.map((o) => `${o.name}:${o.role}`)).toEqual(['省编办:lead', '省财政厅:support', '省人事厅:support', '省农业厅等省直有关部门和各市人民政府:support']);
  });
});
