/**
 * Deadline vocabulary: words that mark a deadline, that make one vague,
 * recurring or ongoing, and the calendar periods Chinese plans name.
 *
 * Periods are data: `[firstDay, lastDay]` within a month (31 = the month's
 * last day, whatever its length) or `[firstMonth, firstDay, lastMonth, lastDay]`
 * within a year. A period ends on its last day.
 */
export const deadlineLexicon = {
  /** Labels that introduce a deadline (`完成时限：5月31日`): a single date after one is a `before` deadline. */
  deadlineLabels: [
    '完成时限', '完成时间', '时间节点', '时限要求', '办结时限', '截止时间', '截止日期', '时间安排', '完成期限', '时限',
    '完成日期', '办结时间', '整改时限', '整改期限', '上报时间', '报送时间', '报送时限',
  ],
  /** Words between a deadline label and its expression (`完成时限为6月底`). */
  labelFillers: ['为', '是'],
  /** Deadlines in words only that refer to a time limit set elsewhere: found wherever they are. */
  vagueWords: ['规定时限内', '规定时间内', '规定期限内', '要求时限内', '规定时限', '规定时间', '限期', '另行通知', '另行安排'],
  /**
   * Adverbs of promptness: a deadline in words only when they stand alone (a
   * `完成时限` cell, `（尽快）`); in running text (`社区要及时发现`) they say how,
   * not by when, and are not reported.
   */
  vagueAdverbs: ['尽快', '及时', '适时', '按时', '按期', '第一时间', '尽早', '抓紧', '限时', '立即', '马上'],
  /** Characters after a vague word that make it an attribute or a noun (`及时的原则`, `及时性`). */
  vagueFalseFollowers: ['的', '性', '率'],
  /** The particle of an attributive clause: `每个季度出台的细则`, `2024年的工作` describe a noun, not a time. */
  attributiveMarkers: ['的'],
  /** Words before a vague word that negate it (`处理不及时` describes a problem, not a deadline). */
  negations: ['不', '未', '没', '没有'],
  /** Work that never ends. */
  ongoingWords: ['长期坚持', '持续推进', '常态化', '常态', '长期', '持续开展', '长效', '经常性', '常抓不懈', '长抓不懈', '持之以恒', '长期开展'],
  /** Characters before an ongoing word that make it a noun (`新常态`, `工作的持续开展`). */
  ongoingFalsePrecedes: ['新', '的'],
  /** Causatives that make an ongoing word a state to reach, not a schedule (`使保洁常态化`, `实现巡查长效化`, `推动…工作常态化`), in the same clause before it. */
  ongoingResultVerbs: ['使', '让', '促使', '实现', '推动', '促进', '推进', '保障'],
  /** Verbs that may follow an ongoing word in running text (`常态化开展“…”活动`). */
  ongoingVerbs: ['开展', '推进', '坚持', '进行', '抓好', '发展'],
  /**
   * A rectification notice's one time limit for all its problems
   * (`对存在的问题务必于4月19日前整改完毕`): the problems it points to, and the
   * words that say they are to be put right by then.
   */
  rectificationScopes: ['存在的问题', '存在问题', '上述问题', '以上问题', '所列问题', '上述责任单位', '各事涉部门', '各责任单位'],
  rectificationDone: ['整改完成', '整改完毕', '整改到位', '完成整改', '问题整改完成'],
  /** Words that make a date in a progress report a forecast of completion (`剩余预计11月底前完成`, `计划12月底前完成`): the work's deadline. */
  forecastWords: ['预计', '计划', '力争', '争取', '预期'],

  /** Words a year stands for, by offset from the year in effect (`次年3月` after `12月` = next year). */
  relativeYears: {
    今年: 0, 本年: 0, 当年: 0, 本年度: 0, 今年度: 0,
    明年: 1, 次年: 1, 翌年: 1, 来年: 1, 第二年: 1,
    去年: -1, 上年: -1, 上一年: -1,
  } as Record<string, number>,
  /** What stands in a template where the year's last digits should be: `20xx年`, `20__年`, `20××年`. */
  yearPlaceholders: ['xx', 'XX', 'xX', 'Xx', 'x', 'X', '__', '_', '＿＿', '＿', '--', '-', '－－', '××', '×', '**', '*', '○○', '〇〇', '□□'],

  /** Parts of a month, after `6月`: `6月上旬` = days 1–10, `6月底` = 21–end. */
  monthPeriods: {
    上旬: [1, 10], 中旬: [11, 20], 下旬: [21, 31], 上中旬: [1, 20], 中下旬: [11, 31],
    上半月: [1, 15], 下半月: [16, 31],
    初: [1, 10], 中: [11, 20], 底: [21, 31], 末: [21, 31], 份: [1, 31],
  } as Record<string, [number, number]>,
  /** Parts that name the period's last day (`7月末`, `年底`): a point, not a span, for a stage's dates. */
  periodEndWords: ['底', '末'],
  /** Characters after `月中` that make it another word (`6月中央…`), not mid-month. */
  midMonthFalseFollowers: ['央', '国', '心', '间', '小', '学', '华', '共', '层', '期', '秋', '医', '部', '队', '级', '文'],
  /** Parts of a year, after `2024年` / `今年` / a bare `年`: `年底` = December, `上半年` = Jan–Jun. */
  yearPeriods: {
    底: [12, 1, 12, 31], 末: [12, 1, 12, 31], 初: [1, 1, 1, 31], 中: [6, 1, 7, 31],
    上半年: [1, 1, 6, 30], 下半年: [7, 1, 12, 31],
  } as Record<string, [number, number, number, number]>,
  /** Characters after `年中` that make it another word (`今年中秋`). */
  midYearFalseFollowers: ['秋', '国', '央', '心', '华', '间', '小', '学', '共', '的', '无', '有', '度'],
  /** Quarter words: `一季度`, `第三季度`. */
  quarterWords: ['季度'],
  /** Characters before a quarter that make it relative, not a calendar quarter (`下一季度`, `本季度`). */
  quarterFalsePrecedes: ['上', '下', '本', '这', '该', '每', '当', '前', '后', '次', '个', '同', '首'],
  /** Parts of a quarter after `三季度`: the last month (`末`), the first month (`初`). */
  quarterPeriods: { 末: 'last', 底: 'last', 初: 'first' } as Record<string, 'first' | 'last'>,

  /** After a date: by then (`6月30日前`). */
  beforeSuffixes: ['之前', '以前', '前'],
  /** Characters after `前` that make it another word (`前期`, `前提`, `前10天`): no `before` then. */
  beforeFalseFollowers: ['期', '提', '往', '面', '列', '进', '沿', '半', '后', '景', '途', '线', '者', '身', '台', '言', '任', '排', '茅', '锋', '几', '夕', '三', '两', '一', '二', '十', '些', '置', '瞻', '端', '方', '头', '门'],
  /** Before a date: by then (`截至6月30日`). */
  beforePrefixes: ['截至', '截止到', '截止', '不晚于', '最迟于', '最迟在', '最迟'],
  /** Before a date or year: until then (`到2025年`, `至6月底`); only at the start of a clause. */
  untilPrefixes: ['到', '至'],
  /** After a date: until then (`6月30日止`). */
  untilSuffixes: ['为止', '止'],
  /** After a period or a duration: within it (`年内`, `6月内`, `15个工作日内`). */
  withinSuffixes: ['之内', '以内', '内'],
  /** After a counted duration, the characters after `内` that still make another word: `5年内在…`, `3个月内部署` are within it. */
  durationFalseFollowers: ['容', '涵'],
  /** Characters after `内` that make it another word (`内容`, `内部`). */
  withinFalseFollowers: ['容', '部', '外', '涵', '心', '地', '在', '务', '需', '控', '河', '陆', '行', '设', '勤', '业', '衣', '科'],
  /** Between the two halves of a range. */
  rangeSeparators: ['——', '—', '－－', '－', '-', '–', '―', '─', '~', '～', '〜', '至', '到'],
  /** Separators that make a range only when the whole text is one deadline (a table cell), not in running text. */
  looseRangeSeparators: ['、', ' ', '　'],
  /** Before a range: `从6月15日至7月20日`. */
  rangePrefixes: ['从', '自'],
  /** After a range: `…至7月20日止`, `…期间`. */
  rangeSuffixes: ['为止', '止', '期间', '之前', '以前', '前'],
  /** After a date: from then on (`2012年起5年内`). */
  fromSuffixes: ['开始', '起'],

  /** Units of a duration (`15个工作日内`, `一个月内`, `5年内`). */
  durationUnits: {
    工作日: 'day', 个工作日: 'day', 日: 'day', 天: 'day', 小时: 'hour', 个小时: 'hour',
    周: 'week', 个周: 'week', 星期: 'week', 个星期: 'week', 个月: 'month', 月: 'month',
    个季度: 'quarter', 季度: 'quarter', 年: 'year', 个年度: 'year',
  } as Record<string, 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year'>,
  /** Holidays and seasons a relative deadline can hang on (`节日期间`, `“六一”期间`). */
  holidays: [
    '节假日', '节日', '春节', '元旦', '清明节', '清明', '端午节', '端午', '中秋节', '中秋', '国庆节', '国庆', '劳动节', '五一',
    '重阳节', '重阳', '元宵节', '元宵', '七夕', '儿童节', '六一', '七一', '八一', '十一', '寒假', '暑假', '暑期', '寒暑假', '假期', '汛期', '两会',
  ],
  /** Holidays on a fixed day of the calendar: `国庆节前` is a day (`--10-01`); the lunar ones (`春节前`) hang on the holiday. */
  holidayDates: {
    元旦: '01-01', 劳动节: '05-01', 五一: '05-01', 儿童节: '06-01', 六一: '06-01', 七一: '07-01', 八一: '08-01',
    国庆节: '10-01', 国庆: '10-01', 十一: '10-01',
  } as Record<string, string>,
  /** After a holiday: before it (`国庆节前完成`, `春节之前`). */
  beforeHolidayWords: ['之前', '以前', '前'],
  /** After a holiday: during it. */
  duringWords: ['期间', '前后'],
  /** After an event, at the start of a clause: once it is over (`本次创建检查后，…`). */
  afterWords: ['结束后', '之后', '以后', '后'],
  /** Events a relative deadline hangs on end with these (`方案印发后一个月内`). */
  anchorEvents: ['印发', '下发', '发布', '出台', '实施', '启动', '收到', '接到', '结束', '完成', '验收', '成立', '签订', '部署', '召开', '批复', '公布', '通知', '检查', '测评', '评估', '考核', '会议', '发现', '受理', '确定', '到位', '节'],
  /** Between an event and a duration: `印发后一个月内`, `收到通知之日起15个工作日内`. */
  eventDurationLinks: ['之日起', '之后', '以后', '后', '起'],
  /** Words that end an event phrase on its left (`各单位要在方案印发后…`: the event is `方案印发`). */
  anchorStops: ['在', '于', '自', '从', '要', '将'],
  /** Of those, the ones that belong to the deadline's text (`在方案印发后一个月内`). */
  anchorLeads: ['在', '于', '自', '从'],
  /** Words that mark a relative deadline's anchor as an event before it (`在迎接国家实地测评之前`). */
  anchorPrefixes: ['在', '于'],
  /** Characters that make `于` a comparison (`不高于2017年征收标准`, `低于2020年水平`): the year is a reference, not when the work is done. */
  comparativeBeforeYu: ['高', '低', '多', '少', '大', '小', '优', '好', '快', '慢', '强', '弱', '等', '超', '同', '逊', '次'],
  /** The words that end an anchored relative deadline: `…之前`, and `前` only after an event word. */
  anchorBeforeWords: ['之前', '以前', '前夕'],

  /** `每X`: the unit of a recurrence. */
  recurrenceUnits: {
    天: 'day', 日: 'day', 周: 'week', 星期: 'week', 礼拜: 'week', 个星期: 'week', 个周: 'week',
    月: 'month', 个月: 'month', 季度: 'quarter', 个季度: 'quarter', 季: 'quarter',
    半年: 'halfyear', 个半年: 'halfyear', 年: 'year', 年度: 'year',
  } as Record<string, 'day' | 'week' | 'month' | 'quarter' | 'halfyear' | 'year'>,
  /** Words that say "every" (`每周`, `每个月`). */
  recurrenceMarkers: ['每一', '每个', '每'],
  /** Words that say "every other" (`每隔一天` = every 2 days): the count is the gap, one more than the period. */
  recurrenceGapMarkers: ['每隔'],
  /** Written-out frequencies with no unit word of their own. `每半月` is every 15 days. */
  recurrenceFixed: {
    每半月: { unit: 'day', every: 15 }, 每半个月: { unit: 'day', every: 15 },
    半月一次: { unit: 'day', every: 15 }, 隔周: { unit: 'week', every: 2 }, 间周: { unit: 'week', every: 2 }, 双周: { unit: 'week', every: 2 },
    天天: { unit: 'day', every: 1 }, 日日: { unit: 'day', every: 1 },
  } as Record<string, { unit: 'day' | 'week' | 'month' | 'quarter' | 'halfyear' | 'year'; every: number }>,
  /** Words for "week" before a weekday (`周五`, `星期五`), in `每周一至周五`. */
  weekWords: ['星期', '礼拜', '周'],
  /** Days of the week after `每周`/`周`/`星期`: 1 = Monday … 7 = Sunday. */
  weekdays: { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7 } as Record<string, number>,
  /** After `每周一`/`每月一`: a count, not a weekday or day (`每周一次`, `每月一小评`, `每周三次`). */
  recurrenceCountFollowers: ['次', '遍', '趟', '回', '轮', '批', '期', '个', '项', '篇', '小', '大', '会', '评', '检', '查', '报', '课', '讲', '练', '扫', '天', '日', '周'],
  /** Parts of a recurrence unit written as words: `每月底`, `每季度末`, `每月上旬`. */
  /** A quarter's month, in `每季度末月20日前`, `每个季度第1个月20日前`. */
  quarterMonths: { 首月: 1, 末月: 3, 第一个月: 1, 第二个月: 2, 第三个月: 3, 第1个月: 1, 第2个月: 2, 第3个月: 3 } as Record<string, number>,
  recurrencePeriods: ['上旬', '中旬', '下旬', '初', '中', '底', '末'],
  /** Times of day: hours added to the clock (`下午4点` = 16:00). */
  dayParts: {
    凌晨: 0, 早上: 0, 早晨: 0, 清晨: 0, 上午: 0, 中午: 0, 午间: 0, 下午: 12, 傍晚: 12, 晚上: 12, 夜间: 12, 晚: 12,
  } as Record<string, number>,
  /** Hour words: `4点`, `16时`. */
  hourWords: ['点钟', '点', '时'],
};
