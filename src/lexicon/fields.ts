/**
 * Field vocabulary: the labels of the fields a plan attaches to a task
 * (`责任单位：…`, `完成时限：…`, `资金来源：…`), by what the field holds. Owner
 * labels are the owner lexicon's (`ownerLabels`); these are the others.
 *
 * A *strong* label makes a line a field wherever it stands: numbered
 * (`（六）完成时限：2008年内` is a field, never a section), without a colon, on
 * its own line with the value on the next. A *weak* label is also a section or
 * item word (`具体任务`, `目标任务`): it makes a field only after the item's
 * head line with a colon, or in a block of label lines.
 */
export const fieldLexicon = {
  fieldLabels: {
    /** When the work must be done: the task's deadline. */
    deadline: [
      '完成时限', '完成时间', '完成期限', '时限要求', '时间节点', '截止时间', '截止日期', '办结时限', '完成日期', '完成时限要求',
      '时间要求', '完成节点', '时限',
    ],
    /** When the work runs: a period, the deadline only when no 完成时间 is given. */
    period: ['实施时间', '活动时间', '实施期限', '工作时间', '推进时间', '实施周期', '起止时间', '建设周期', '建设期限', '建设年限', '实施年限', '时间安排', '整治时间', '开展时间', '行动时间', '专项行动时间'],
    /** What a project costs and who pays. */
    funding: ['资金来源', '资金筹措', '资金保障', '经费来源', '经费保障', '投资规模', '总投资', '计划投资', '投资额', '资金安排', '资金需求'],
    /** What the project consists of. */
    content: ['项目内容', '建设内容', '建设规模', '建设地点', '任务分解', '项目名称', '绩效目标', '考核指标', '预期成效', '主要指标'],
    /** Other facts of a task. */
    other: ['备注', '联系人', '联系电话', '活动主题', '活动地点', '活动对象', '参加人员', '参加对象', '参与人员', '实施地点', '实施范围', '督办领导', '督查单位', '考核单位', '工作标准'],
  },
  /** Labels that are section or item words too; fields only after a head line or among other label lines. */
  weakFieldLabels: {
    task: ['具体任务', '工作任务', '任务内容', '重点任务', '主要任务', '目标任务', '工作内容', '主要内容', '具体内容', '工作措施', '具体措施', '工作目标', '目标要求', '具体要求'],
  },
  /** Qualifiers a label may carry (`省牵头单位：省农业农村厅`, `市责任单位`, a rectification list's `问题整改责任单位`, `整改时限`). */
  fieldLabelQualifiers: ['省', '市', '县', '区', '镇', '乡', '街道', '州', '中央', '国家', '省级', '市级', '县级', '区级', '整改', '问题整改', '项目'],
};
