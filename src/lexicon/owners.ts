/**
 * Owner vocabulary: the labels that introduce owners, the words that make a
 * name a unit, a collective, a person or a placeholder.
 */

/**
 * Chinese surnames (the 百家姓 list, plus common modern ones such as 闫 and
 * 付): a 2–3 character name starting with one of these is a person.
 */
const SINGLE_SURNAMES =
  '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎' +
  '鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄' +
  '和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭' +
  '梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚' +
  '程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫' +
  '宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴郁胥能苍双' +
  '闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍卻璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容' +
  '向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空' +
  '曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公岳帅缑亢况商牟佘佴伯赏墨哈谯笪年爱阳佟' +
  '闫付覃隋仝代练揭植粟';
const COMPOUND_SURNAMES = [
  '万俟', '司马', '上官', '欧阳', '夏侯', '诸葛', '闻人', '东方', '赫连', '皇甫', '尉迟', '公羊', '澹台', '公冶',
  '宗政', '濮阳', '淳于', '单于', '太叔', '申屠', '公孙', '仲孙', '轩辕', '令狐', '钟离', '宇文', '长孙', '慕容',
  '鲜于', '闾丘', '司徒', '司空', '南宫', '西门', '东门', '左丘', '梁丘', '呼延', '端木', '拓跋', '百里', '第五',
];

export const ownerLexicon = {
  /** Labels before a colon (`责任人：王丹`), by the role they give. */
  ownerLabels: {
    lead: [
      '牵头单位', '牵头领导', '牵头部门', '主办单位', '牵头人', '牵头科室', '主责单位', '主责部门', '牵头责任单位', '牵头责任部门',
      '牵头市领导', '牵头县领导', '牵头区领导', '牵头省领导', '主要责任单位', '牵头负责领导', '牵头负责单位', '牵头负责部门',
    ],
    responsible: [
      '责任人', '责任单位', '责任部门', '负责人', '负责单位', '责任科室', '具体负责', '实施单位', '承办单位',
      '直接责任人', '第一责任人', '责任领导', '具体责任人', '责任主体', '负责部门', '包保领导', '包保单位',
      '具体负责实施人', '负责实施人', '具体负责人', '责任处室', '责任股室', '负责老师', '负责教师',
    ],
    support: [
      '配合单位', '协办单位', '参与单位', '配合部门', '协助单位', '协同单位', '协办部门', '参与部门', '配合科室', '协作单位', '协作部门',
      '主要协作单位', '配合责任单位', '协同部门', '数据提供单位', '数据来源单位', '协同责任单位', '协同责任部门', '协办责任单位', '参与责任单位',
    ],
    supervisor: ['分管领导', '分管市领导', '分管县领导', '分管区领导', '分管副市长', '分管副县长', '分管副区长', '联系领导', '挂点领导', '督导领导', '督办领导', '分管负责人'],
  },
  /** Endings that mark a unit (organisation) rather than a person. */
  unitSuffixes: [
    '局', '办', '委', '中心', '社区', '街道', '部', '科', '队', '所', '站', '院', '公司', '政府', '厅', '处', '室',
    '会', '馆', '校', '学校', '组', '办公室', '委员会', '党委', '支部', '网格', '物业', '集团', '医院', '村', '镇', '乡',
    '分局', '大队', '中队', '小组', '指挥部', '工作组', '管委会', '居委会', '法院', '检察院', '银行', '协会', '联合会',
    '团', '团委', '妇联', '工会', '企业', '单位', '部门', '机关', '党工委', '管区', '片区', '园', '台', '报社', '站点',
    '开发区', '新区', '园区', '示范区', '高新区', '试验区', '合作区', '残联', '侨联', '文联', '工商联', '社科联', '台联', '科协',
    '股', // a county bureau's section (`农业股`, `乡村产业发展股`)
    '分行', '支行', '分公司', '子公司', // branches of banks and companies (`国家开发银行云南省分行`)
    '供销社', '合作社', '信用社', '联社', '出版社', '通讯社', '旅行社', // societies and cooperatives (`县供销社`)
  ],
  /** Endings of gatherings (`初二全体教师会`, `誓师大会`): a name ending so is an event, not a unit, though `会` ends units (`工会`, `学生会`). */
  eventEndings: [
    '大会', '例会', '班会', '教师会', '家长会', '座谈会', '表彰会', '推进会', '培训会', '动员会', '运动会', '联欢会', '报告会',
    '交流会', '现场会', '研讨会', '调度会', '评议会', '生活会', '总结会', '部署会', '会议', '誓师会', '见面会', '分析会',
  ],
  /** Words that open a bracket of scope, not of owners (`（含各县区、开发区）`, `（包括市直各部门）`). */
  scopeOpeners: ['含', '包括', '包含', '不含', '除', '涉及', '覆盖', '其中', '即', '如', '例如', '主要是', '重点是', '以下简称', '简称'],
  /** Owners that name a group, not someone accountable. */
  collectiveWords: [
    '全体工作人员', '全体人员', '全体干部', '全体职工', '全体教职工', '全体党员', '各社区', '各有关单位', '各有关部门',
    '相关部门', '相关单位', '有关部门', '有关单位', '各部门', '各单位', '各科室', '各网格', '各小组', '各成员单位',
    '各责任单位', '社区全体', '全员', '全社区', '全体', '大家', '人人',
  ],
  /** Beginnings that make a name a group: `各X`, `全体X`, `相关X`, `有关X`. */
  collectivePrefixes: ['各级', '各', '全体', '相关', '有关', '所有', '广大', '全部'],
  /** Words inside a name that make it a group (`市直各部门`). */
  collectiveInfixes: ['各'],
  /** Endings that make a name a group of people (`全体工作人员`, `党政成员`, `志愿者`). */
  collectiveSuffixes: ['人员', '成员', '干部', '职工', '员工', '党员', '志愿者', '群众', '居民', '们', '各方', '全体'],
  /** Stand-ins left in templates where a name should be. */
  placeholders: ['xx', 'XX', 'xxx', 'XXX', '×××', '××', '某某', '__', '___', '**', '***', '○○', '〇〇', '*', '待定', '□□', 'XXX同志'],
  /** Characters that, repeated, stand in for a name (`xxx`, `＿＿`, `×××`). */
  placeholderChars: ['x', 'X', '×', '_', '＿', '*', '＊', '○', '〇', '□', '△', '某'],
  /** Administrative words that say where, not who (`xx镇`, `XX市` are still placeholders). */
  placeWords: ['省', '市', '县', '区', '镇', '乡', '村', '街道', '社区', '州', '旗'],
  /** Titles after a name (`王丹同志`, `张书记`) that keep it a person; a title alone (`管区书记`) is a person too. */
  personTitles: [
    '同志', '书记', '副书记', '主任', '副主任', '局长', '副局长', '社长', '组长', '副组长', '科长', '副科长', '部长',
    '委员', '站长', '所长', '校长', '院长', '经理', '主席', '镇长', '乡长', '区长', '市长', '县长', '省长', '队长',
    '负责人', '责任人', '领导', '负责同志', '网格长', '网格员', '楼长', '园长', '处长', '厅长', '专干', '主管', '会长', '秘书长', '总监',
  ],
  /** Honorifics after a person's name that are not part of it (`王丹同志` → 王丹). */
  honorifics: ['同志', '先生', '女士'],
  /** Places a weekly plan names beside the people in a bracket (`（韦，鸣凰中学）`): where, not who. */
  venueSuffixes: ['小学', '中学', '大学', '学校', '幼儿园', '教室', '会议室', '礼堂', '体育馆'],
  /** Single-character surnames, as one string. */
  surnames: SINGLE_SURNAMES,
  /** Two-character surnames (`欧阳`, `司马`). */
  compoundSurnames: COMPOUND_SURNAMES,
  /** Characters that do not occur in given names: `高标准`, `全覆盖` are not people. */
  nonNameChars: ['的', '了', '和', '与', '及', '或', '等', '在', '是', '为', '化', '性', '率', '度', '工', '作', '要', '不', '对', '把', '将', '中', '上', '下', '们', '点', '位', '项', '区', '市', '县', '局', '亩', '吨', '斤', '元', '户', '只', '头', '株', '米'],
  /** Words after an owner that say its role and are not part of its name, by that role. */
  ownerSuffixes: {
    lead: ['牵头负责', '牵头抓总', '牵头'],
    responsible: ['按职责分工负责', '按照职责分工负责', '按职责分工落实', '按照职责分工落实', '按职责落实', '按职责负责', '分别负责', '共同负责', '具体负责', '负责落实', '全面负责', '负责', '落实', '主办'],
    support: ['配合落实', '协助落实', '积极配合', '协调推动', '协调配合', '协同配合', '协同推进', '配合', '参与', '协助', '协办'],
    supervisor: [],
  },
  /** What a group heading calls the work a unit leads (`县示范区管委会牵头工作（8项）`). */
  groupWorkWords: ['工作', '任务', '事项', '项目'],
  /** Subjects that name the owners of a requirement (`各有关责任单位要…`), besides the owner labels. */
  subjectOwnerWords: ['成员单位', '责任主体'],
  /** Words before an owner list that are not part of it (`由城管办负责`). */
  ownerPrefixes: ['由'],
  /** Nouns of a role written before the names they introduce (`由包片单位县气象局负责`, `由陈家坝沿线包片单位县职教中心、…负责`): the names follow them. */
  ownerRoleNouns: ['包片单位', '包保单位', '包联单位', '挂包单位', '帮扶单位', '联系单位', '责任单位', '牵头单位', '主管部门'],
  /** Words after `X牵头，` that report what was done (`市创文办牵头，先后两次召开…`): a summary's narrative, not an assignment. */
  narrativeAdverbs: ['先后', '已经', '已', '曾', '多次', '累计', '共'],
  /** Notes that close an owner list and name no one (`…按职责分工负责，下同`). */
  ownerListNotes: ['下同', '以下同', '同上', '下略', '以下略'],
  /**
   * Where a list's remark puts its lead (`（首位单位为牵头单位，下同）`,
   * `排在第一位的为牵头部门`): the first name leads, here and in every list after.
   */
  leadPositionWords: ['首位', '第一位', '第一', '排名第一', '排第一', '排在前面'],
  /** Words after the last owner of a list that are not part of it (`王丹等`). */
  ownerListEndings: [],
  /** Words that join two owners into one as written (`市文明办及各社区`, `住房和城乡建设局`). */
  ownerJoins: ['以及', '和', '及', '与'],
  /** Words that make a text a clause, not a name (`负责人：要高度重视…`). */
  clauseWords: ['负责', '要', '把', '对', '将', '了', '是', '在', '进行', '开展', '加强', '做好'],
  /** Characters after `由` that make it another word (`由于`). */
  byFalseFollowers: ['于'],
  /** Characters before `由` that make it part of another word (`自由`, `理由`, `由于` is checked apart). */
  byFalsePrecedes: ['自', '理', '缘', '事', '来', '经', '因', '不', '情'],
  /** Verbs after `由X` that make X an owner in running text, by role (`由城管办负责`, `由各管区牵头`). */
  inlineOwnerVerbs: {
    lead: ['牵头负责', '牵头'],
    responsible: ['具体负责', '全面负责', '负责', '组织实施', '具体实施', '承办'],
    support: ['配合', '协助'],
    supervisor: [],
  },
  /** Verbs that assign work only after 由 (`由教育研究中心确定`, `由总经办汇总`): alone (`各校组织…`) they say what a subject does. */
  byOnlyVerbs: ['确定', '组织实施', '组织开展', '组织', '统一安排', '安排', '汇总'],
  /** `X为第一责任人`: the accountability words that make X an owner in running text. */
  accountabilityWords: ['第一责任人', '直接责任人', '主要责任人', '具体责任人', '责任人'],
  /** The verbs between X and the accountability word (`X为…`, `X是…的…`). */
  accountabilityVerbs: ['为', '是'],
  /** Roles in a leadership roster (组长：xx). */
  rosterRoles: [
    '组长', '副组长', '成员', '主任', '副主任', '办公室主任', '总指挥', '副总指挥', '秘书长', '联络员', '指挥长',
    '副指挥长', '顾问', '组员', '办公室',
  ],
  /** `郭赪光任组长`, `组长由街道主要领导担任`: the verbs that give a roster role. */
  rosterTakeVerbs: ['担任', '任'],
  /** `以小区经理为组长`: the frame around a holder and a role. */
  rosterAppointFrame: ['以', '为'],
  /** Words before a roster holder that are not part of the name (`由社区书记任组长`). */
  rosterHolderPrefixes: ['由', '以'],
  /** A roster label's content from this word on is the role's duty (`组长：张三，负责全面工作`). */
  rosterDutyWords: ['负责'],
  /** The prefix of a deputy role (`副组长` is no lead). */
  deputyPrefix: '副',
  /** Roster roles whose holders lead (the rest are members). */
  rosterLeadRoles: ['组长', '总指挥', '指挥长', '主任'],
  /** Roster roles whose holders support (the rest are responsible). */
  rosterSupportRoles: ['成员', '组员', '联络员', '顾问'],
};
