/**
 * What makes a paragraph's pieces tasks, on real plans written by others
 * (fixtures/real-more) and the seeds: an enumeration `一是…二是…` inside a
 * numbered item is its work, unless its pieces state purposes; an ongoing
 * word a causative makes a goal state is no schedule.
 */
import { describe, expect, it } from 'vitest';
import { parseFile, parseText } from '../src/index.js';
import { findDeadlines } from '../src/grammar/deadline.js';
import { defaultLexicon as lexicon } from '../src/lexicon/index.js';
import { fixture, realNewDoc } from './helpers/corpus.js';

const tasksOf = async (path: string) => (await parseFile(fixture(path))).documents.flatMap((d) => d.tasks);

describe('一是…二是… inside a numbered item', () => {
  it('splits into the item\'s tasks when the pieces are work, however long their first sentence (real-more 13, item 2)', async () => {
    const tasks = await tasksOf('real-more/docs/13_sanhe-town-plan-inline.txt');
    const pieces = tasks.filter((t) => t.number.join('/').startsWith('二/2'));
    expect(pieces.map((t) => t.number.join('/'))).toEqual(['二/2/一', '二/2/二', '二/2/三']);
    expect(pieces[1]!.title).toBe('积极打造大陈村乌云山3000亩蓝莓基地建设');
  });

  it('stays one task when its pieces are the purposes of one piece of work (`一是通过总结进一步提高…`, seed 002)', async () => {
    const tasks = await tasksOf('seeds/002_3556fe1ef0268d34.txt');
    expect(tasks.some((t) => t.title.startsWith('通过总结'))).toBe(false);
  });
});

describe('an ongoing word as a state to reach', () => {
  const kinds = (text: string) => findDeadlines(text, { lexicon, year: 2024 }).map((d) => d.kind);
  it.each([
    ['建立长效管理机制,使保洁常态化、全天候', []],
    ['实现巡查常态化', []],
    ['巡查工作常态化开展', ['ongoing']],
    ['此项工作长期坚持', ['ongoing']],
  ])('%s → %j', (text, expected) => expect(kinds(text)).toEqual(expected));
});

describe('a section of a notice with nothing above it', () => {
  it('is a task when it is due by a date (real-more 14: `二、细化工作方案。…于2021年3月15日前报县政府督查室备案`), not when it only names the campaign period (real 10: `活动时间:2017年6月1日至30日`)', async () => {
    const notice = await tasksOf('real-more/docs/14_huarong-2021-notice-requirements.txt');
    expect(notice.map((t) => [t.number.join('/'), t.title])).toEqual([['二', '细化工作方案']]);
    expect(notice[0]!.deadline?.end).toBe('2021-03-15');
    const campaign = await tasksOf('real/docs/10_touzha-safety-month-2017.txt');
    expect(campaign.some((t) => t.title.includes('活动主题'))).toBe(false);
  });
});

describe('a year that opens a clause', () => {
  const found = (text: string) => findDeadlines(text, { lexicon, year: 2022 }).map((d) => d.text);
  it.each([
    // real-more 11: the goal's first target is the year's
    ['2022年，全市新建5G基站2600个以上。到2024年，全市累计建成5G基站1万个', ['2022年', '到2024年']],
    ['全市2022年新建5G基站', []],
    ['2023年工作总结', []],
  ])('%s → %j', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('a notice whose plan is not on the page', () => {
  it('its numbered paragraphs are requirements: tasks only with a deadline (real-more 04, 17), and its signature, contacts and disclosure note are no part of the last one', async () => {
    const panjin = await tasksOf('real-more/docs/04_panjin-2021-notice-trad.txt');
    expect(panjin.map((t) => t.number.join('/'))).toEqual(['1', '3']);
    expect(panjin[1]!.text).not.toContain('聯系人');
    const ewenki = (await parseFile(fixture('real-more/docs/17_ewenki-2022-notice-three-line-title.txt'))).documents[0]!;
    // 《政府工作报告》 quoted in the title is not the document's kind
    expect(ewenki.kind).toBe('plan');
    expect(ewenki.date).toBe('2022-02-21');
    expect(ewenki.tasks.map((t) => [t.number.join('/'), t.deadline?.kind])).toEqual([['一', 'recurring']]);
  });
});

describe('a goals section by any of its names (real-new 06: `一、行动目标` over paragraphs that open with target years)', () => {
  it('is a task, due by its targets, and the tasks section after it keeps its own', async () => {
    const parsed = await parseFile(fixture('real-new/docs/06_liupanshui-2020-healthy-city-goals.txt'));
    const [goals, next] = parsed.documents[0]!.tasks;
    expect(goals).toMatchObject({ number: ['一'], title: '行动目标' });
    // the first target year is the deadline, as the annotators give it; both targets stay milestones
    expect(goals!.deadline).toMatchObject({ text: '2022年', end: '2022-12-31' });
    expect(goals!.milestones.map((m) => m.deadline?.end)).toEqual(['2022-12-31', '2030-12-31']);
    expect(next!.number).toEqual(['二', '（一）']);
  });
});

describe('a progress notice whose items name a lead after a comma (real-new 48, 六安: `1、农村道路畅通工程，牵头部门：市交通局。建设进度…`)', () => {
  it('reads the label as a field of its sentence, the report after it as the item text; a labelled lead makes the item a task under 进展情况', async () => {
    const tasks = await tasksOf('real-new/docs/48_luan-2017-livelihood-progress-notice-inline-lead-label.txt');
    expect(tasks.map((t) => [t.number.join('/'), t.title, t.owners.map((o) => `${o.name}:${o.role}`)])).toEqual([
      ['二/1', '农村道路畅通工程', ['市交通局:lead']],
      ['二/2', '农村饮水安全巩固提升工程', ['市水利局:lead']],
      ['二/3', '特困人员供养及生活无着人员救助', ['市民政局:lead']],
      ['二/4', '城乡困难群体法律援助', ['市司法局:lead']],
      ['二/5', '水利薄弱环节治理三年行动', ['市水利局:lead']],
      ['二/6', '棚户区改造', ['市住建委:lead']],
    ]);
    // the counties the report names are its subjects, no owners; the county ranking of 一、 is no task
    expect(tasks[0]!.text).toContain('建设进度相对较慢');
  });
});

describe('a school weekly plan (real-new 82, 武进): an office line over its items, weekdays that name the year', () => {
  it('`发展中心：` owns the items under it; `周一（10月25日）` falls on a Monday in 2010 only', async () => {
    const doc = (await parseFile(fixture('real-new/docs/82_wujin-school-2010-weekly-plan-weekday-dates-bracket-names.txt'))).documents[0]!;
    expect(doc.year).toBe(2010);
    expect(doc.tasks).toHaveLength(15);
    expect(doc.tasks[0]!.owners.map((o) => o.name)).toEqual(['发展中心']);
    expect(doc.tasks[0]!.deadline?.end).toBe('2010-10-25');
    // an item that names its own people keeps them beside the office: a bracket of one person, `由六（2）中队负责`, a labelled teacher
    const owners = (k: number) => doc.tasks[k]!.owners.map((o) => `${o.name}:${o.role}`);
    expect(owners(6)).toEqual(['发展中心:responsible', '校长室:responsible']);
    expect(owners(1)).toEqual(['发展中心:responsible', '蒋敏:responsible']);
    expect(owners(4)).toEqual(['发展中心:responsible', '六（2）中队:responsible']);
    expect(owners(7)).toEqual(['发展中心:responsible', '徐宗义:responsible']);
  });

  it('a sentence opening with the unit that answers for it (`人力资源部负责统计…`) names its owner when nothing else does', async () => {
    const tasks = await tasksOf('real-new/docs/85_wtu-logistics-2017-summer-notice-dash-period-time-deadline.txt');
    expect(tasks.find((t) => t.title.startsWith('人力资源部负责'))!.owners.map((o) => o.name)).toEqual(['人力资源部']);
  });
});

describe('a timetable item given to its owner (real-new 83: `（四）期末考试具体日程和内容由教育研究中心确定。`)', () => {
  it('is a task with that owner; `由X确定`, `由X汇总` assign work only after 由', async () => {
    const tasks = await tasksOf('real-new/docs/83_ningbo-county-edu-2017-term-end-lunar-date-brackets.txt');
    expect(tasks.find((t) => t.number.join('/') === '一/（四）')!.owners.map((o) => o.name)).toEqual(['教育研究中心']);
    const { documents } = parseText('一、工作安排\n（一）各校组织学生开展安全教育。\n');
    expect(documents[0]!.tasks.flatMap((t) => t.owners)).toEqual([]);
  });
});

describe('a timetable whose items are dated activities (real-new 83, a term-end notice; 85, a summer-holiday notice)', () => {
  it('a dated item of a schedule section is a task when it is no stage, no stage\'s step and no section', async () => {
    const tasks = await tasksOf('real-new/docs/83_ningbo-county-edu-2017-term-end-lunar-date-brackets.txt');
    expect(tasks.map((t) => [t.number.join('/'), t.deadline?.end ?? null])).toEqual([
      ['一/（一）', '2018-02-03'],
      ['一/（二）', '2018-02-03'],
      ['一/（三）', '2018-02-05'],
      ['一/（四）', null],
      ['二/（一）', '2018-03-02'],
    ]);
    // the stages of a plan's 实施步骤 stay phases (real 08: phases only, no task)
    expect(await tasksOf('real/docs/08_wuzhong-safety-year-phases.txt')).toEqual([]);
  });
});

describe('an inspection that finds a point fine (real-new 21, 三亚天涯)', () => {
  it('the items under `该点位文明创建工作整体良好。` record what is in place: no tasks; the problems with their 责任单位 are', async () => {
    const tasks = await tasksOf('real-new/docs/21_sanya-tianya-civilized-city-problem-list-brackets.txt');
    expect(tasks.map((t) => t.number.join('/'))).toEqual(['一/（三）/1', '一/（三）/2']);
    expect(tasks[0]!.owners.map((o) => o.name)).toEqual(['市综合行政执法局天涯分局']);
  });
});

describe('a unit line over a list, without a colon (real-new 40, 安康: `市卫生局` / `2011年重点工作目标责任书（4项）` / `1、…`)', () => {
  it('heads the items right under it; an addressee over a notice\'s text heads nothing', async () => {
    const tasks = await tasksOf('real-new/docs/40_ankang-health-2011-interview-target-list.txt');
    expect(tasks.map((t) => t.owners.map((o) => o.name))).toEqual([['市卫生局'], ['市卫生局'], ['市卫生局']]);
    const notice = parseText('关于开展安全检查的通知\n县教育局：\n为加强安全管理，现将有关事项通知如下：\n一、开展消防检查，6月底前完成。\n二、开展燃气检查，7月底前完成。\n');
    expect(notice.documents[0]!.tasks.map((t) => t.owners)).toEqual([[], []]);
  });
});

describe('paragraphs that close with their owners\' bracket (real-new 95, a 天津 task split\'s middle page)', () => {
  it('under a run-in heading with nothing after it, each paragraph is a task numbered by position; an opening paragraph of the page is one too', async () => {
    const tasks = await tasksOf('real-new/docs/95_tianjin-plan-duty-split-middle-page-unnumbered-paragraphs-lead-brackets.txt');
    const row = (n: string) => tasks.find((t) => t.number.join('/') === n);
    expect(tasks).toHaveLength(12);
    expect(row('1')!.owners.map((o) => o.name)).toEqual(['市卫生局']);
    expect(row('（6）/1')!.owners.map((o) => o.name)).toEqual(['市人口计生委', '市公安局']);
    expect(row('（6）/3')!.title).toBe('维护妇女儿童合法权益，发展妇女儿童事业');
    // the last paragraph's bracket was cut on the page: a task without owners
    expect(row('（7）/7')!.owners).toEqual([]);
    expect(tasks.some((t) => t.title === '促进人口健康发展')).toBe(false);
  });

  it('a heading with text of its own after it stays one task (seed 002 and the real corpus keep their figures: test/accuracy)', async () => {
    const { documents } = parseText('（一）加强组织领导，明确工作责任。各单位要高度重视。\n成立工作专班，统筹推进。（区政府办牵头）\n建立工作台账，按月调度。（区督查室牵头）\n');
    expect(documents[0]!.tasks.map((t) => t.number.join('/'))).toEqual(['（一）']);
  });
});

describe('a rectification notice\'s one time limit (real-new 100, 铁西; 80, 濮阳)', () => {
  it('a paragraph that sets the problems a date (`对存在的问题…于5月20日前将问题整改完成`) dates every problem without one of its own, before or after the list', async () => {
    const before = await tasksOf('real-new/docs/100_tiexi-2019-sanitation-inspection-notice-duty-brackets-blanket-deadline.txt');
    expect(before).toHaveLength(10);
    expect(new Set(before.map((t) => t.deadline?.end))).toEqual(new Set(['2019-05-20']));
    // the inspection's date in the same paragraph (`5月15日清晨`) is no time limit; a problem with no owner is a task by the date
    expect(before.at(-1)!.title).toBe('滨河家园D-20楼下乱堆乱放');
    const after = await tasksOf('real-new/docs/80_puyang-sanitary-city-review-handover-list-inline-duty-blanket-deadline.txt');
    expect(after.map((t) => t.deadline?.end)).toEqual(Array(5).fill('--04-19'));
  });
});

describe('a notice that ends with its attachment\'s 文号 and title (real-new 98, 福州软件职业技术学院)', () => {
  it('the closing title starts no document; items whose numbers run into dates (`1.2023年9月2日开始`) are the notice\'s', async () => {
    const { documents } = await parseFile(fixture('real-new/docs/98_fzrjxy-2023-autumn-opening-notice-decimal-like-dates-subject-units.txt'));
    expect(documents).toHaveLength(1);
    const tasks = documents[0]!.tasks;
    expect(tasks.slice(0, 2).map((t) => t.number.join('/'))).toEqual(['一/1', '一/2']);
    expect(tasks[2]!.deadline).toMatchObject({ start: '2023-08-28', end: '2023-08-31' });
  });
});

describe('a remark that puts the lead first (real-new 90 厦门, 91 天津, 101 海盐)', () => {
  it('`（首位单位为牵头单位，下同）` is no owner; the first name of every list leads, the others answer', async () => {
    const owners = async (name: string) => (await tasksOf(`real-new/docs/${name}`)).map((t) => t.owners.map((o) => `${o.name}:${o.role}`).join('、'));
    expect((await owners('101_haiyan-2022-gov-report-duty-split-one-line-first-unit-lead-clause.txt'))[0]).toBe('县发改局:lead、县财政局:responsible、县税务局:responsible、县农业农村局:responsible');
    // the remark inside the owners' own bracket, and its `下同` for the brackets after it
    expect((await owners('91_tianjin-medical-alliance-middle-page-first-named-lead-duty-brackets.txt')).slice(0, 3)).toEqual([
      '市卫生计生委:lead、市人力社保局:responsible',
      '市卫生计生委:lead',
      '市卫生计生委:lead、市发展改革委:responsible、市财政局:responsible、市人力社保局:responsible',
    ]);
    expect((await owners('90_xiamen-2019-business-environment-measures-duty-time-field-lines-first-unit-lead.txt'))[0]).toBe('市发改委:lead、市财政局:responsible');
  });

  it('a page saved as one line breaks before a Chinese-numbered heading too (`…县财政局 二、曹惠明常务副县长牵头重点工作`)', async () => {
    const tasks = await tasksOf('real-new/docs/101_haiyan-2022-gov-report-duty-split-one-line-first-unit-lead-clause.txt');
    expect(tasks.map((t) => [t.number.join('/'), t.owners.map((o) => o.name).join('、')])).toEqual([['一/1', '县发改局、县财政局、县税务局、县农业农村局'], ['一/2', '县财政局'], ['二/1', '县司法局']]);
  });
});

describe('a report\'s year-to-date period (real-new 99, 沙坪坝 上半年 report)', () => {
  it('`1-6月，我区…完成…` opening a clause of figures is no deadline in a report; in a plan `1-3月，…` still dates a stage', async () => {
    const tasks = await tasksOf('real-new/docs/99_shapingba-2022-h1-lagging-tasks-report-nested-duty-brackets.txt');
    expect(tasks).toHaveLength(4);
    expect(tasks.map((t) => t.deadline)).toEqual([null, null, null, null]);
    const plan = parseText('2024年工作计划\n一、主要任务\n（一）开展调研。1-3月，完成全区摸底调查。（责任单位：区统计局）\n');
    expect(plan.documents[0]!.tasks[0]!.deadline?.end).toBe('2024-03-31');
  });
});

describe('rectification lists and duty splits of field lines (real-new 104 黑龙江, 106 滁州, 103 天津)', () => {
  it('`整改措施：` inside a numbered item labels its list: the measures are its tasks, with the group\'s owner and time limit', async () => {
    const tasks = await tasksOf('real-new/docs/104_heilongjiang-env-inspection-rectification-field-lines-measure-items-no-title.txt');
    expect(tasks.map((t) => t.number.join('/'))).toEqual(['一/1', '一/2', '一/3', '一/4', '二']);
    expect(tasks[0]!.owners.map((o) => o.name)).toEqual(['省直各有关部门', '各市（地）党委', '政府（行署）']);
    expect(tasks[0]!.deadline?.kind).toBe('ongoing');
    // `整改时限：已完成整改` states no date: the quoted national target `到2020年底` is no deadline of the item
    expect(tasks[4]!.deadline).toBeNull();
  });

  it('`牵头负责领导：` leads, `协同责任单位：` helps; a site\'s column tag is no part of the title', async () => {
    const { documents } = await parseFile(fixture('real-new/docs/106_chuzhou-2020-key-work-duty-split-leader-lead-assist-field-lines.txt'));
    expect(documents[0]!.title).toBe('滁州市人民政府关于2020年市政府重点工作及责任分解的通知');
    const owners = documents[0]!.tasks[1]!.owners;
    expect(owners.filter((o) => o.role === 'lead').map((o) => o.name)).toEqual(['金力', '市财政局']);
    expect(owners.find((o) => o.name === '滁州海关')!.role).toBe('support');
  });

  it('targets run together in one paragraph, each closed by `（X牵头）`, are the tasks of the heading above; 分工原则 are no tasks', async () => {
    const tasks = await tasksOf('real-new/docs/103_tianjin-11th-fyp-duty-split-inline-target-brackets-fused-heading.txt');
    expect(tasks.map((t) => [t.title, t.owners.map((o) => o.name).join('、')])).toEqual([
      ['常住人口控制在1150万人左右', '市人口计生委、市公安局'],
      ['万元地区生产总值能源消耗降低20%', '市经委'],
      ['万元工业增加值取水量降低20%', '市节水办、市经委'],
      ['耕地保有量保持在国务院确定的我市2010年耕地保有量面积', '市国土房管局'],
      ['主要污染物排放总量减少10%', '市环保局'],
    ]);
  });
});

describe('a school\'s weekly plan dated by its weekdays (real-new 110 常州 2007, 82 武进 2010)', () => {
  it('bare weekdays are days of the week a dated weekday names; `每周二`, `下周` stay out of it', async () => {
    const tasks = await tasksOf('real-new/docs/110_changzhou-school-2007-weekly-plan-name-venue-brackets-bare-weekdays.txt');
    const due = (start: string) => tasks.find((t) => t.title.startsWith(start))!.deadline;
    expect(due('周三参加团区委片总辅导员会议')?.end).toBe('--03-14');
    expect(due('周四上交常州市电脑制作活动参赛作品')?.end).toBe('--03-15');
    expect(due('请综合实践活动任课老师')).toMatchObject({ kind: 'before', end: '--03-16' });
    const week = parseText('第9周工作安排\n1、周一（10月25日）举行启动仪式。\n2、每周二下午开展教研活动。（教导处）\n3、下周三召开家长会。（教导处）\n4、周五前上交计划。（教导处）\n');
    expect(week.documents[0]!.tasks.map((t) => t.deadline?.kind === 'recurring' ? 'recurring' : t.deadline?.end ?? null)).toEqual(['--10-25', 'recurring', null, '--10-29']);
    // a span of weekdays is office hours, no day
    const hours = parseText('第9周工作安排\n1、周一（10月25日）举行启动仪式。\n2、图书馆周一至周五开放，由教导处负责。\n');
    expect(hours.documents[0]!.tasks[1]!.deadline).toBeNull();
  });

  it('a bracket of surnames or names, then a venue (`（谢、王、潘，厚余小学）`, `（韦，鸣凰中学）`, `（杨）`), names who goes, not where', async () => {
    const tasks = await tasksOf('real-new/docs/110_changzhou-school-2007-weekly-plan-name-venue-brackets-bare-weekdays.txt');
    const owners = (start: string) => tasks.find((t) => t.title.startsWith(start))!.owners.map((o) => o.name);
    expect(owners('3月12日（周一）上午')).toEqual(['谢', '王', '潘']);
    expect(owners('3月12日（周一）下午')).toEqual(['邵伟强']);
    expect(owners('周三参加团区委')).toEqual(['杨']);
  });
});

describe('a notice under its document number (real-new 108, 辽政办发〔2012〕53号)', () => {
  it('the number line is no part of the title and dates the plan; `⑴…⑽` items take their next-line 责任单位', async () => {
    const { documents } = await parseFile(fixture('real-new/docs/108_liaoning-2012-northeast-revival-duty-split-circled-numbers-next-line-duty-fields.txt'));
    expect([documents[0]!.title, documents[0]!.year]).toEqual(['辽宁省人民政府办公厅关于落实东北振兴“十二五”规划任务分工的通知', 2012]);
    const first = documents[0]!.tasks[0]!;
    expect([first.number.join('/'), first.title, first.owners.map((o) => o.name)]).toEqual(['一/（一）/1/⑴', '九年义务教育巩固率达到97%', ['省教育厅']]);
  });
});

describe('a bracket closed by its role word that names places beside units (real-new 109, 黑龍江)', () => {
  it('`（哈爾濱機場擴建指揮部、哈爾濱、黑河、綏芬河市政府、省農墾總局負責）` names all five', async () => {
    const tasks = await tasksOf('real-new/docs/109_heilongjiang-stable-growth-measures-trad-wiki-relative-two-year-duty-brackets.txt');
    expect(tasks[2]!.owners.map((o) => o.name)).toEqual(['哈爾濱機場擴建指揮部', '哈爾濱', '黑河', '綏芬河市政府', '省農墾總局']);
  });
});

describe('a duty split (real-new 117: `三、职责分工` / `（三）市委宣传部负责协调…`)', () => {
  it('each item assigns its work to the unit it opens with; a section\'s own account of its mechanism stays none (seed 000 `二、工作机制`)', async () => {
    const tasks = await tasksOf('real-new/docs/117_northern-city-snow-removal-plan-middle-page-x-fuze-duty-items-no-title.txt');
    expect(tasks.filter((t) => t.number[0] === '三').map((t) => t.owners[0]?.name)).toContain('市委宣传部');
    const seed = await tasksOf('seeds/000_6b83b6aff292ad91.txt');
    expect(seed.some((t) => t.title.startsWith('工作机制'))).toBe(false);
  });
});

describe('a campaign notice\'s period (real-new 115, 高庄镇: `一、整治时间：2021年6月23日-2021年7月1日`)', () => {
  it('is no task and dates every item that has no date of its own', async () => {
    const tasks = await tasksOf('real-new/docs/115_gaozhuang-jinghe-2021-township-sanitation-campaign-notice-you-x-fuze-period-field.txt');
    expect(tasks.some((t) => t.title.startsWith('整治时间'))).toBe(false);
    expect(new Set(tasks.map((t) => t.deadline?.end))).toEqual(new Set(['2021-07-01']));
  });
});

describe('a journal article\'s byline (real-new 113: `◎山西省水利厅水旱灾害防御处`)', () => {
  it('is site chrome, no item; a ◎ item that names work stays one', async () => {
    const tasks = await tasksOf('real-new/docs/113_shanxi-2022-flood-defense-key-tasks-journal-byline-field-blocks-month-deadlines.txt');
    expect(tasks.some((t) => t.title === '山西省水利厅水旱灾害防御处')).toBe(false);
    expect(tasks).toHaveLength(6);
    const { documents } = parseText('2024年工作计划\n一、主要任务\n◎加强组织领导，由办公室负责。\n◎完善工作机制，由综合科负责。\n');
    expect(documents[0]!.tasks).toHaveLength(2);
  });
});

describe('run-in 一是 headings as a plan\'s top level (real-new 114, 南漳镇 2023)', () => {
  it('`一是…` before any other numbering is the top level: `（一）…（五）` are its items, `二是…` its sibling', async () => {
    const tasks = await tasksOf('real-new/docs/114_zhangzi-nanzhang-2023-township-plan-metadata-pipes-yishi-items-start-finish-months.txt');
    expect(tasks.map((t) => t.number.join('/'))).toEqual(['一是/（一）', '一是/（二）', '一是/（三）', '一是/（四）', '一是/（五）']);
  });
});

describe('a notice whose whole body is one line (real-new 124, 扶余 督查通知)', () => {
  it('breaks before item numbers after a closing bracket or a colon; `（责任单位;…）` is a label typed with a semicolon', async () => {
    const tasks = await tasksOf('real-new/docs/124_fuyu-rural-habitat-inspection-notice-one-line-body-duty-brackets-semicolon-label.txt');
    expect(tasks.filter((t) => t.number[0] === '一')).toHaveLength(7);
    expect(tasks[4]!.owners.map((o) => o.name)).toEqual(['住建局', '畜牧局', '各乡镇场']);
  });
});

describe('a digest with no numbering, its work under one-word category lines (real-new 116, 天津 2023 重点工作)', () => {
  it('each paragraph under `居住`, `教育`, … is a task numbered category / position; a text with fewer categories gives none', async () => {
    const tasks = await tasksOf('real-new/docs/116_tianjin-2023-key-work-news-repost-unnumbered-category-lines-gap-spaces.txt');
    expect(tasks.slice(0, 2).map((t) => t.number.join('/'))).toEqual(['居住/1', '居住/2']);
    expect(tasks.find((t) => t.number.join('/') === '商贸/1')!.deadline?.end).toBe('2023-06-30');
    const { documents } = parseText('通知\n各单位：\n现将有关事项通知如下，请认真贯彻执行，确保工作落到实处。\n办公室\n2023年5月1日\n');
    expect(documents[0]!.tasks).toEqual([]);
  });
});

describe('task splits of government work reports (real-new 147 宁波, 148 永康, 150 广州)', () => {
  it('a goal whose paragraph closes with a bracket of units alone (`…增长12%。（市发改委）`) is assigned to them: a task, no lead', async () => {
    const tasks = (await parseFile(realNewDoc('147_'))).documents.flatMap((d) => d.tasks);
    expect(tasks.slice(0, 3).map((t) => [t.number.join('/'), t.owners.map((o) => [o.name, o.via])])).toEqual([
      ['一/1', [['市发改委', 'bracket']]],
      ['一/2', [['市财政局', 'bracket']]],
      ['一/3', [['市经委', 'bracket'], ['环保局', 'bracket']]],
    ]);
    // a quoted name closing a sentence (`成为名副其实的“精神文明社区”`) names no owner
    const [doc] = parseText('社区工作计划\n一、工作目标\n1、加强调研。要多走访农户，成为名副其实的“精神文明社区”。').documents;
    expect(doc!.tasks).toEqual([]);
  });

  it('`关于印发政府工作报告若干重点工作任务的通知` is no report: the report it names is its source, not its kind', async () => {
    const { documents } = await parseFile(realNewDoc('148_'));
    expect(documents[0]!.kind).not.toBe('summary');
    expect(documents[0]!.tasks).toHaveLength(5);
  });

  it('the notice title repeated under the page\'s byline is one title; the line the notice names is the plan\'s title, and its signature no owner', async () => {
    const { documents } = await parseFile(realNewDoc('150_'));
    expect(documents[0]!.title).toBe('2006年《政府工作报告》要求重点做好的工作事项');
    expect(documents[0]!.tasks[0]!.owners.map((o) => o.name)).toEqual(['市经贸委', '市发改委', '国土房管局', '外经贸局', '规划局']);
  });
});
