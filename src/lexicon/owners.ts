/**
 * Owner vocabulary: the labels that introduce owners, the words that make a
 * name a unit, a collective or a placeholder.
 */
export const ownerLexicon = {
  /** Labels before a colon (`责任人：王丹`), by the role they give. */
  ownerLabels: {
    lead: ['牵头单位', '牵头领导', '牵头部门', '主办单位', '牵头人', '责任领导'],
    responsible: ['责任人', '责任单位', '责任部门', '负责人', '负责单位', '责任科室', '具体负责', '实施单位', '承办单位', '直接责任人', '第一责任人'],
    support: ['配合单位', '协办单位', '参与单位', '配合部门', '协助单位', '协同单位'],
  },
  /** Endings that mark a unit (organisation) rather than a person. */
  unitSuffixes: [
    '局', '办', '委', '中心', '社区', '街道', '部', '科', '队', '所', '站', '院', '公司', '政府', '厅', '处', '室',
    '会', '馆', '校', '学校', '组', '办公室', '委员会', '党委', '支部', '网格', '物业', '集团', '医院', '村', '镇', '乡',
    '分局', '大队', '中队', '小组', '指挥部', '工作组', '管委会', '居委会', '法院', '检察院', '银行', '协会', '联合会',
  ],
  /** Owners that name a group, not someone accountable. */
  collectiveWords: [
    '全体工作人员', '全体人员', '全体干部', '全体职工', '全体教职工', '全体党员', '各社区', '各有关单位', '各有关部门',
    '相关部门', '相关单位', '有关部门', '有关单位', '各部门', '各单位', '各科室', '各网格', '各小组', '各成员单位',
    '各责任单位', '社区全体', '全员',
  ],
  /** Stand-ins left in templates where a name should be. */
  placeholders: ['xx', 'XX', 'xxx', 'XXX', '×××', '××', '某某', '__', '___', '**', '***', '○○', '〇〇', '*'],
  /** Titles after a name (`王丹同志`) that keep it a person. */
  personTitles: ['同志', '书记', '主任', '副主任', '局长', '副局长', '社长', '组长', '副组长', '科长', '部长', '委员', '站长', '所长', '校长', '院长', '经理', '主席', '镇长', '乡长', '区长', '市长', '县长', '省长'],
  /** Words after an owner that say its role and are not part of its name. */
  ownerSuffixes: ['按职责分工负责', '按照职责分工负责', '分别负责', '共同负责', '具体负责', '负责落实', '牵头负责', '牵头', '负责', '配合', '参与', '协助', '落实'],
  /** Roles in a leadership roster (组长：xx). */
  rosterRoles: ['组长', '副组长', '成员', '主任', '副主任', '办公室主任', '总指挥', '副总指挥', '秘书长', '联络员'],
};
