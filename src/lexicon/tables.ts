/**
 * Task-table vocabulary: the header words that say what a column of a task
 * decomposition table (任务分解表) holds. A header cell matches a word when it
 * contains it (`责任单位（人）`, `完成时限（年月日）`); longer words win.
 */
export const tableLexicon = {
  tableColumns: {
    /** The row number column. */
    number: ['序号', '编号', '序', '周次'],
    /** The task's own text: the most specific words, preferred when a table has two task-like columns. */
    taskDetail: [
      '具体内容', '具体措施', '细化措施', '工作内容', '整治内容', '具体任务', '任务内容', '工作措施', '主要内容', '工作事项',
      '具体工作', '主要工作', '工作安排', '活动内容', '活动安排', '主要措施', '推进措施', '工作举措', '具体举措', '实施内容', '建设内容', '方案内容', '任务要求', '工作要求', '具体要求',
      '工作标准', '建设标准', '完成标准', '目标要求', '考核内容', '细化分工', '任务分解', '细化任务', '具体分工', '整改措施', '整改内容', '整改要求',
    ],
    /** Task-like columns; left of a detail column, one of these is the category (the task's parent). */
    task: ['工作任务', '重点任务', '主要任务', '目标任务', '任务', '重点工作', '工作项目', '项目', '事项', '专项行动', '任务类别', '类别', '考核指标', '考核项目', '工程名称', '任务名称', '计划标题', '计划名称', '计划内容', '计划事项',
      // a rectification list's problem: the task is to fix it
      '问题描述', '存在问题', '问题表现', '具体问题', '主要问题', '发现问题', '问题清单', '反馈问题', '整改问题',
      // a schedule's activity (升旗仪式安排表, 国旗下讲话安排表)
      '主题', '活动名称', '活动项目'],
    /** Owner columns by the role they give. */
    lead: ['牵头单位', '牵头责任单位', '牵头领导', '牵头部门', '牵头人', '牵头科室', '主责单位', '主办单位'],
    responsible: ['责任人', '责任单位', '责任部门', '责任领导', '负责人', '负责单位', '负责部门', '责任科室', '责任处室', '责任股室', '负责处室', '负责科室', '承办单位', '实施单位', '落实单位', '落实部门', '落实科室', '落实处室', '包保领导',
      // who holds a schedule's activity: a class, a speaker
      '责任班级', '承办班级', '承办方', '班级', '讲话人', '主讲人'],
    supervisor: ['分管领导', '分管市领导', '分管县领导', '分管区领导', '联系领导', '挂点领导', '督导领导', '督办领导'],
    support: ['配合单位', '配合责任单位', '协办单位', '协办责任单位', '配合部门', '参与单位', '协助单位', '协同单位', '配合科室'],
    /** Units that assess or oversee the work (`评分部门`): names, but not the task's owners. */
    assessor: ['评分部门', '考核部门', '评分单位', '考核单位', '督查单位', '督办单位', '考评单位'],
    /** Named columns that hold neither the task nor names: progress, figures, notes. */
    other: ['备注', '进度', '完成进度', '进展情况', '完成情况', '推进情况', '年度目标', '目标值', '计量单位', '分值', '成效', '监督电话', '联系电话', '建设阶段', '实施阶段', '形象进度', '建设进度', '工作进展', '累计完成', '完成投资', '总投资', '计划投资', '投资额', '计划状态', '完成状态', '办理状态', '状态'],
    /** The deadline column. */
    deadline: ['完成时限', '时间节点', '完成时间', '时间安排', '时限要求', '完成期限', '截止时间', '办结时限', '进度安排', '完成日期', '起止日期', '起止时间', '起止年限', '建设年限', '实施年限', '完成年限', '时限', '日期', '时间', '阶段性工作目标', '阶段性目标', '阶段目标', '时间进度', '时间要求', '进度要求'],
  },
  /** Words that open a circumstance, not work (`在迎接…之前，`, `为确保…，`): a row's first clause that starts so does not name its task. */
  circumstanceOpeners: ['在', '为了', '为', '根据', '按照', '围绕', '结合', '针对'],
  /** Words that open a purpose or a means (`一是通过总结进一步提高…`): enumerated pieces that open so are the aims of one task, not tasks. */
  purposeOpeners: ['通过', '为了', '以便', '旨在'],
  /** Units after a number that make a text a target (`固定资产投资增长20%`): a lone cell so is a task under merged cells, not a group row. */
  targetUnits: ['%', '％', '个百分点', '万元', '亿元', '万人', '万户', '万吨', '万亩'],
  /** A cell that says there is none (`无`, `/`): no owner, no date. */
  noneWords: ['无', '暂无', '/', '／', '-', '—', '——', '空'],
  /** The labels of a disclosure page's metadata, kept as table rows above a task table (`索引号 | … | 公开方式 | 主动公开`): no header. */
  /** The metadata labels of the issue date (`发文日期 | 2022-07-14`): the plan's year when its text writes none. */
  issueDateLabels: ['发文日期', '成文日期', '发布日期', '生成日期', '印发日期'],
  metadataLabels: ['索引号', '公开方式', '公开范围', '公开时限', '发布单位', '发布机构', '发文机关', '发文日期', '发布日期', '成文日期', '生成日期', '所属机构', '主题分类', '信息分类', '文号', '有效性'],
};

export type TableColumnKind = keyof typeof tableLexicon.tableColumns;
