/**
 * Section and document vocabulary. Headings are matched by the longest entry
 * they contain, so `主要工作任务` is `tasks` and `指导思想和工作目标` is
 * `guidance` (the earliest match wins on ties).
 */
import type { SectionKind } from '../model/plan.js';

const sectionKinds: Record<SectionKind, string[]> = {
  guidance: ['指导思想', '总体要求', '总体思路', '基本原则', '工作原则', '指导原则', '创建思路', '工作思路', '工作方针', '分工原则', '实施原则'],
  goals: ['工作目标', '目标任务', '创建目标', '主要目标', '总体目标', '任务目标', '具体目标', '创建标准', '目标要求', '预期目标', '行动目标', '发展目标', '建设目标', '整治目标', '治理目标', '工作目标任务', '年度目标', '总目标'],
  tasks: [
    '主要任务', '重点任务', '主要工作', '工作任务', '工作措施', '创建措施', '具体措施', '主要内容', '工作重点',
    '重点工作', '活动内容', '主要措施', '工作内容', '实施内容', '主要举措', '重点措施', '任务分工', '任务分解',
    '整治内容', '创建内容', '工作安排', '具体任务',
  ],
  schedule: ['实施步骤', '工作步骤', '时间安排', '方法步骤', '进度安排', '实施阶段', '步骤安排', '时间和步骤', '时间步骤', '活动安排', '工作进度', '实施计划', '时间节点'],
  safeguards: ['保障措施', '工作要求', '有关要求', '具体要求', '相关要求', '工作保障', '组织保障', '几点要求', '注意事项', '管理规范', '管理要求', '规范要求', '技术要求'],
  organization: ['组织领导', '领导小组', '组织机构', '工作机制', '组织架构', '机构设置', '组织分工', '职责分工', '工作机构'],
  problems: ['存在问题', '存在的问题', '存在不足', '问题和不足', '不足之处', '主要问题', '困难和问题'],
  'next-steps': ['下一步', '下步打算', '工作打算', '下步工作', '下半年工作计划', '下一步工作', '今后工作', '明年工作', '明年工作计划', '下阶段工作', '努力方向', '今后打算', '改进措施', '整改措施', '改进方向', '整改方向'],
  /** What was and is: a plan's background or a report's account of work done; never tasks. */
  background: ['基本情况', '工作背景', '总体情况', '现状分析', '工作开展情况', '开展情况', '主要成效', '工作成效', '取得的成效', '主要做法', '工作回顾', '工作进展', '进展情况', '完成情况', '主要成绩', '工作亮点'],
  other: [],
};

export const sectionLexicon = {
  sectionKinds,

  /**
   * Words in an item heading that mark a safeguard (保障) rather than work to
   * do; used when a scraped plan lost its section headings.
   */
  safeguardCues: ['加强领导', '组织领导', '精心组织', '思想认识', '提高认识', '统一思想', '宣传', '氛围', '督查', '督导', '考核', '保障', '经验', '长效机制', '责任追究', '强化责任', '落实责任'],
  /** Phrases by which a section that is not titled as tasks announces a list of work (`主要做好以下几个方面的工作`). */
  taskIntroWords: ['做好以下', '抓好以下', '开展以下', '落实以下', '实施以下', '以下几个方面的工作', '以下几项工作', '以下工作', '以下任务', '如下工作', '任务如下', '工作如下'],

  /**
   * A heading that puts a plan word after a future time (`2025年工作计划`,
   * `明年工作打算`, `下半年工作思路`) is the next-steps section of a summary.
   */
  /** Words of an inspection's verdict that a site is fine (`该点位文明创建工作整体良好。`): the items under it record what is in place, not work to do. */
  fineVerdicts: ['整体良好', '总体良好', '情况良好', '整体较好', '总体较好', '基本良好', '均符合要求', '符合要求', '未发现问题'],
  futureTimeWords: ['明年', '来年', '下半年', '下一年', '下一年度', '新的一年', '新一年', '今后', '下阶段', '下一阶段'],
  futurePlanWords: ['工作计划', '工作打算', '工作思路', '工作安排', '工作设想', '工作重点', '重点工作'],
  /** Time words in a section heading that move its dates to the year after the document's. */
  nextYearWords: ['明年', '来年', '下一年', '下一年度', '新的一年', '新一年'],

  /** Words that end or point out a list's introduction (`实施以下行动。`, `具体任务分解详见附件。`): such a paragraph is no task. */
  introWords: ['如下', '以下', '下列', '见附件'],
  /** A heading with one of these names a stage of the schedule (准备阶段, 第一步). */
  stageWords: ['阶段'],
  /**
   * Words by which a task-kind heading names measures (`工作措施`, `主要举措`): beside
   * a section that names the work itself (`重点任务`), such a section lists how, not what.
   */
  measureWords: ['措施', '举措'],
  /**
   * Names of a stage without the word 阶段 (`（一）动员部署（2025年1月10日）`): an
   * item whose whole heading is one of them, its dates in brackets after it, is a stage.
   */
  stageNames: [
    '动员部署', '宣传发动', '动员准备', '宣传动员', '集中攻坚', '集中整治', '集中整改', '集中推进', '持续推进', '全面推进',
    '巩固提升', '深化提升', '总结提升', '总结验收', '检查验收', '考核验收', '总结评估', '自查自纠', '督导检查', '排查摸底',
    '调查摸底', '整改落实', '长效管理', '常态长效',
  ],
  /**
   * Units a number is counted in: `3月`, `5个` are quantities, not a list
   * number whose separator was lost (`3环境卫生…`).
   */
  quantityUnits: [...'年月日号时点分个次人名家户项条件份天周岁元万千百余多'],

  /** Title endings that say what a document is: a plan, or a report on work done. */
  documentKinds: {
    plan: ['实施方案', '工作方案', '方案', '计划', '要点', '安排', '意见', '规划', '细则', '办法', '责任分解', '任务分解', '分解表', '分工表', '分工', '任务清单', '清单', '台账', '校历', '行事历', '实事', '安排表', '计划表', '日程表'],
    summary: ['总结', '小结', '汇报', '报告', '述职', '进度表', '汇总表', '推进情况', '进展情况', '落实情况', '执行情况', '完成情况'],
  },
  /** Last words of a document's own title (`…实施方案的通知`, `…工作方案`): such a line is a title, never a section heading. */
  documentTitleEndings: ['通知', '方案', '计划', '意见', '要点', '报告', '总结', '办法', '细则', '规划', '责任分解', '分解表', '清单', '台账', '校历', '行事历', '实事'],
  /**
   * A notice that wraps a plan (`…关于印发X的通知`): its title ends with one of
   * `noticeEndings` and holds one of `noticeWords`. The plan's own title, when it
   * follows the notice, is the document's title.
   */
  noticeEndings: ['通知', '通报'],
  /**
   * Reports that plans are drawn from, named without 《》 inside a title
   * (`关于印发政府工作报告若干重点工作任务的通知`): not the title's kind unless the title ends with them.
   */
  sourceReports: ['政府工作报告', '党代会报告', '全会报告'],
  noticeWords: ['关于', '印发', '转发', '批转'],
  /** A line that opens an annex (`附件`, `附件2`): the title after it continues the document it is attached to. */
  /** Disclosure notes printed above or before a title (`（此件主动公开）`): no part of it. */
  disclosureNotes: ['此件主动公开', '此件公开发布', '此件依申请公开', '此件不予公开', '此件不公开'],
  /** Lines of a notice's closing around its signature: contacts (`（联系人：…，联系电话：…）`) and closers (`此通知`). */
  contactWords: ['联系人', '联系电话', '电子邮箱', '联系方式', '传真'],
  closingLines: ['此通知', '特此通知', '特此报告', '特此函告'],
  annexLines: ['附件', '附表', '附件\\s*\\d{1,2}', '附表\\s*\\d{1,2}'],
  /**
   * Verbs by which an untitled text names itself in a 《…》 quote
   * (`编制完成了《…2018年度工作报告》`), unlike the documents it implements
   * (`为贯彻落实《…意见》`).
   */
  selfTitleVerbs: ['编制完成了', '编制了', '编制完成', '形成了', '制定了', '现将'],
  /** Formulas an untitled document opens with that say its kind (`现将近阶段工作开展情况汇报如下`, `特制定本方案`). */
  documentKindOpenings: {
    plan: ['制定本方案', '制定本计划', '制定如下方案', '制定如下计划', '制定此方案', '制定本实施方案', '制定本工作方案'],
    summary: ['汇报如下', '总结如下', '报告如下', '现将有关情况汇报', '现将工作情况报告'],
  },
};
