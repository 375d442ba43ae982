// Annual targets (年度目标) of the demo year: per assessed unit ~25–40 targets across the target types that apply to its
// category, on leaves of the indicator tree, with milestone plans in the type's rhythm and responsible persons of
// the unit; most published (revision 1), some in review, returned or draft, a few with a second revision in progress,
// and two special tasks (专项工作) decomposed to several units. Titles come from templates per type.
import { createRng, day, stableId, type Rng } from './random.ts';
import { targetTypeId, type FrameworkSeed, type TargetTypeCode, type YearSeed } from './categories.ts';
import type { IndicatorSeed } from './indicators.ts';
import type { PersonsSeed } from './persons.ts';
import type { AccountSeed } from './accounts.ts';
import { CHILD_UNITS, unitByCode, type UnitSeed } from './units.ts';

type Status = 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED' | 'PUBLISHED';

interface Template {
  /** `{n}` becomes a number from `range`. */
  title: string;
  leaf: string;
  content: string;
  measures: string;
  result: string;
  unit?: string;
  range?: [number, number];
}

const T = (title: string, leaf: string, content: string, measures: string, result: string, unit?: string, range?: [number, number]): Template => ({
  title,
  leaf,
  content,
  measures,
  result,
  unit,
  range,
});

const TEMPLATES: Record<Exclude<TargetTypeCode, 'SPECIAL'>, Template[]> = {
  FUNCTIONAL: [
    T(
      '完成国省干线公路改造 {n} 公里',
      '1.1.2',
      '推进国省干线公路升级改造，按计划完成路基、路面和桥涵工程。',
      '细化项目节点，实行周调度、月通报，协调解决征地拆迁问题。',
      '干线公路技术等级和通行能力明显提升。',
      '公里',
      [20, 180],
    ),
    T(
      '完成公路养护工程 {n} 公里',
      '1.1.2',
      '实施国省干线公路预防性养护和修复性养护工程。',
      '科学编制养护计划，推行养护工程标准化管理。',
      '路况水平（MQI）保持优良，优良路率稳中有升。',
      '公里',
      [50, 400],
    ),
    T(
      '新改建农村公路 {n} 公里',
      '1.1.1',
      '推进“四好农村路”建设，实施农村公路新改建和窄路加宽。',
      '落实县级政府主体责任，加强质量抽检和资金监管。',
      '农村公路通达深度和服务水平进一步提升。',
      '公里',
      [100, 900],
    ),
    T(
      '完成交通建设投资 {n} 亿元',
      '1.1.1',
      '完成年度公路水路交通建设投资计划。',
      '建立投资完成情况月报制度，对滞后项目挂牌督办。',
      '全年投资计划全面完成，有效发挥稳增长作用。',
      '亿元',
      [5, 120],
    ),
    T(
      '实施危旧桥梁改造 {n} 座',
      '1.1.2',
      '对四、五类危旧桥梁实施改造，消除安全隐患。',
      '建立危桥台账，逐座落实改造责任和完成时限。',
      '在册危旧桥梁改造任务按期清零。',
      '座',
      [5, 60],
    ),
    T(
      '完成港航建设投资 {n} 亿元',
      '1.1.1',
      '推进航道整治、港口码头和航电枢纽建设。',
      '加强与水利、自然资源部门协调，保障项目要素。',
      '内河航运条件持续改善。',
      '亿元',
      [1, 30],
    ),
    T(
      '开展公路治超联合执法行动 {n} 次',
      '1.1.3',
      '开展公路治超常态化执法，强化源头监管，超限超载率控制在 3‰ 以内。',
      '推进科技治超，完善非现场执法点建设和联合惩戒。',
      '货车违法超限超载行为得到有效遏制。',
      '次',
      [12, 48],
    ),
    T(
      '春运及节假日运输保障',
      '1.1.3',
      '做好春运、“五一”“国庆”等重点时段旅客运输组织和应急保障。',
      '制定保障方案，加强运力调度和路网监测。',
      '重点时段运输平稳有序，无重大滞留事件。',
    ),
    T(
      '新增通客车建制村 {n} 个',
      '1.1.3',
      '推进城乡客运一体化和建制村通客车巩固提升。',
      '完善农村客运站点，推广预约响应式客运。',
      '城乡客运服务均等化水平提高。',
      '个',
      [20, 120],
    ),
    T(
      '推进智慧交通项目建设',
      '1.1.2',
      '建设路网运行监测和出行信息服务平台。',
      '制定数据共享标准，分阶段上线功能模块。',
      '路网运行监测覆盖率和信息服务水平提升。',
    ),
    T(
      '完成交通运输行政执法案卷评查',
      '1.2',
      '开展行政执法案卷评查和执法规范化建设。',
      '组织交叉评查，对发现的问题限期整改。',
      '执法行为更加规范，行政复议纠错率下降。',
    ),
    T(
      '落实“放管服”改革事项 {n} 项',
      '1.2',
      '推进交通运输领域“放管服”改革和证照分离改革。',
      '梳理权责清单，压减办理时限和申请材料。',
      '行政审批效率和群众满意度提高。',
      '项',
      [5, 20],
    ),
    T('完成省委省政府交办事项', '1.3', '按时办结省委、省政府和交通运输部交办的重点事项。', '建立交办事项台账，实行销号管理。', '交办事项办结率 100%。'),
    T(
      '推进绿色交通发展',
      '1.1.3',
      '推广新能源营运车辆，推进港口岸电和服务区充电设施建设。',
      '落实补助政策，加强与电网企业合作。',
      '交通运输碳排放强度稳步下降。',
    ),
    T('完成综合交通运输规划中期评估', '1.3', '开展“十四五”综合交通运输规划实施情况中期评估。', '委托第三方评估，组织专家论证。', '形成评估报告并报省政府。'),
    T(
      '物流降本增效重点任务',
      '1.1.3',
      '推进多式联运和物流枢纽建设，降低全社会物流成本。',
      '培育示范项目，落实通行费优惠政策。',
      '社会物流总费用占 GDP 比重下降。',
    ),
    T(
      '高速公路服务区提质升级 {n} 对',
      '1.1.2',
      '推进高速公路服务区改造提升和“厕所革命”。',
      '制定服务区星级评定标准，开展明察暗访。',
      '服务区服务质量和群众满意度明显提升。',
      '对',
      [2, 12],
    ),
  ],
  SAFETY: [
    T(
      '安全生产专项整治三年行动',
      '2.3.1',
      '深入推进交通运输安全生产专项整治三年行动。',
      '建立问题隐患和制度措施“两个清单”，动态更新。',
      '重大事故隐患动态清零，安全形势持续稳定。',
    ),
    T(
      '重大事故隐患排查整治 {n} 处',
      '2.3.1',
      '开展公路、水路和在建工程重大事故隐患排查整治。',
      '实行隐患挂牌督办和销号管理。',
      '排查出的重大隐患按期整改到位。',
      '处',
      [10, 80],
    ),
    T(
      '公路安全生命防护工程 {n} 公里',
      '2.3.1',
      '实施公路安全生命防护工程，完善临水临崖路段防护设施。',
      '优先处置事故多发路段，加强工程质量检查。',
      '公路交通事故起数和死亡人数下降。',
      '公里',
      [30, 300],
    ),
    T(
      '“两客一危”车辆动态监控',
      '2.3.1',
      '加强“两客一危”车辆动态监控和驾驶员管理。',
      '落实企业主体责任，对违规车辆通报约谈。',
      '重点营运车辆违法行为明显减少。',
    ),
    T('修订交通运输突发事件应急预案', '2.3.2', '修订完善交通运输突发事件应急预案体系。', '组织专家评审，开展预案宣贯培训。', '应急预案科学实用，衔接顺畅。'),
    T(
      '开展应急演练 {n} 次',
      '2.3.2',
      '组织防汛、地质灾害和道路抢通应急演练。',
      '制定演练计划，演练后开展评估总结。',
      '应急处置能力和协同水平提升。',
      '次',
      [2, 8],
    ),
    T(
      '安全生产月和安全宣传活动',
      '2.3.1',
      '组织“安全生产月”“安全宣传咨询日”等活动。',
      '结合行业特点制定活动方案，突出警示教育。',
      '从业人员安全意识进一步增强。',
    ),
  ],
  INTEGRITY: [
    T(
      '落实党风廉政建设主体责任',
      '4.3',
      '落实党风廉政建设责任制，签订责任书，开展专题研究。',
      '建立责任清单，定期检查责任落实情况。',
      '主体责任有效落实，无重大违纪违法案件。',
    ),
    T('廉政风险防控', '4.3', '排查岗位廉政风险点，完善防控措施。', '聚焦工程建设、行政审批等重点领域，开展专项检查。', '廉政风险防控机制健全有效。'),
    T('开展警示教育 {n} 次', '4.3', '组织典型案例警示教育和廉政党课。', '用好身边案例，开展以案促改。', '干部职工廉洁自律意识增强。', '次', [2, 6]),
    T(
      '整治群众身边不正之风和腐败问题',
      '4.2',
      '聚焦交通执法、工程建设等领域开展专项整治。',
      '畅通投诉举报渠道，对问题线索快查快办。',
      '群众反映强烈的问题得到有效解决。',
    ),
    T('落实中央八项规定精神', '4.2', '持续纠治“四风”，加强节假日监督检查。', '开展明察暗访，对违规问题点名道姓通报。', '作风建设成效持续巩固。'),
  ],
  ORGAN: [
    T('机关党建“五好”支部创建', '4.1', '开展党支部标准化规范化建设和“五好”支部创建。', '落实“三会一课”，开展主题党日活动。', '支部组织力和政治功能增强。'),
    T(
      '理论学习中心组学习 {n} 次',
      '4.1',
      '组织理论学习中心组集中学习和专题研讨。',
      '制定年度学习计划，做好学习记录和成果转化。',
      '理论武装成效明显。',
      '次',
      [8, 12],
    ),
    T(
      '政务信息报送 {n} 篇',
      '2.1',
      '及时报送政务信息，反映工作动态和重要情况。',
      '明确信息员，建立信息报送考核通报制度。',
      '政务信息采用量和质量提高。',
      '篇',
      [20, 80],
    ),
    T('精文简会', '2.1', '严格控制发文数量和会议规模。', '落实发文会议计划管理，推行视频会议。', '发文和会议数量同比下降。'),
    T('控制“三公”经费支出', '2.2', '严格执行预算，压减一般性支出和“三公”经费。', '加强预算执行监控，规范公务接待和公车使用。', '“三公”经费支出不超预算。'),
    T('办理人大代表建议和政协提案', '3.2', '按时办理人大代表建议、政协委员提案。', '实行领导领办和面商沟通制度。', '办复率 100%，满意率 95% 以上。'),
    T('12328 热线工单办理', '3.1.2', '及时办理交通运输服务监督热线工单。', '建立工单督办和回访机制。', '工单按时办结率达到 98% 以上。'),
    T('政务服务事项“一网通办”', '3.1.1', '推进政务服务事项网上办理。', '优化办事流程，实现数据共享。', '网上可办率达到 100%。'),
  ],
};

/** Targets per unit and type (before special tasks). */
/**
 * 厅机关处室 are assessed on the work of their own function (职能绩效), not on building roads: each division's
 * functional targets come from its own list.
 */
const HQ_FUNCTIONAL: Record<string, Template[]> = {
  'HQ-BGS': [
    T(
      '办理省委省政府督查督办事项 {n} 件',
      '1.3',
      '承办省委、省政府交办和领导批示事项，按期办结并反馈。',
      '建立督办台账，实行销号管理，每月通报办理进度。',
      '交办事项按期办结率100%。',
      '件',
      [40, 90],
    ),
    T(
      '编报政务信息 {n} 篇',
      '2.1',
      '围绕全省交通运输中心工作编报政务信息。',
      '落实信息员制度，加强重点信息约稿和审核把关。',
      '政务信息采用量位居省直部门前列。',
      '篇',
      [120, 260],
    ),
    T('推进公文处理电子化', '2.1', '全面推行公文网上流转和电子印章应用。', '完善公文处理流程，开展业务培训。', '公文办理时限平均缩短，纸质公文明显减少。'),
    T(
      '办理人大代表建议和政协提案',
      '1.3',
      '按期办理人大代表建议和政协委员提案。',
      '落实主办、协办责任，办前、办中、办后主动沟通。',
      '建议提案按期办结率和满意率均达100%。',
    ),
  ],
  'HQ-DW': [
    T('开展党支部标准化规范化建设', '1.3', '推进厅机关党支部标准化规范化建设。', '对照标准逐项整改，开展支部书记述职评议。', '机关党支部全部达到标准化要求。'),
    T(
      '组织党员集中学习培训 {n} 场',
      '1.3',
      '组织机关党员开展集中学习和专题培训。',
      '制定年度学习计划，用好学习平台，严格考勤。',
      '党员理论学习覆盖率100%。',
      '场',
      [8, 20],
    ),
    T(
      '开展模范机关创建活动',
      '1.3',
      '深入开展让党中央放心、让人民群众满意的模范机关创建。',
      '制定创建方案，开展“五好”党支部评比。',
      '机关作风和服务效能明显提升。',
    ),
  ],
  'HQ-GHC': [
    T('编制交通运输中长期发展规划', '1.1.1', '编制全省综合交通运输中长期发展规划。', '开展专题研究，广泛征求意见，按程序报批。', '规划按期印发实施。'),
    T('完成交通建设投资计划编制与调度', '1.1.1', '编制年度交通建设投资计划并按月调度。', '建立投资月报制度，对滞后项目预警通报。', '年度投资计划全面完成。'),
    T(
      '推进重点项目前期工作 {n} 个',
      '1.1.2',
      '推进高速公路、航道等重点项目前期工作。',
      '倒排工期，协调用地、环评等要件办理。',
      '重点项目按计划具备开工条件。',
      '个',
      [8, 25],
    ),
    T('开展“十五五”规划中期评估', '1.3', '对交通运输“十五五”规划实施情况开展中期评估。', '组织第三方评估，形成评估报告。', '评估报告报厅党组审定。'),
  ],
  'HQ-JSC': [
    T(
      '督导国省干线公路改造 {n} 公里',
      '1.1.2',
      '督导各地推进国省干线公路升级改造。',
      '实行项目清单管理，定期现场督导。',
      '干线公路改造任务按期完成。',
      '公里',
      [300, 800],
    ),
    T(
      '开展在建项目质量安全检查 {n} 次',
      '1.1.2',
      '对在建公路水运项目开展质量安全检查。',
      '实行“四不两直”检查，问题闭环整改。',
      '在建项目质量安全形势稳定。',
      '次',
      [12, 36],
    ),
    T('推进农村公路建设“四好”示范创建', '1.1.1', '推进“四好农村路”示范县创建。', '制定创建标准，组织评审验收。', '新增一批省级示范县。'),
  ],
  'HQ-AJC': [
    T('组织行业安全生产大检查 {n} 次', '1.2', '组织交通运输行业安全生产综合检查。', '实行清单化检查和督办整改。', '重大隐患按期整改销号。', '次', [6, 16]),
    T('修订行业安全生产应急预案', '1.2', '修订交通运输行业突发事件应急预案体系。', '开展风险评估，组织专家论证。', '应急预案体系完善并印发。'),
    T('开展安全生产执法检查', '1.2', '依法开展交通运输安全生产执法检查。', '规范执法程序，推行执法全过程记录。', '执法检查覆盖重点企业。'),
  ],
  'HQ-JCS': [
    T('开展廉政风险点排查', '1.3', '组织厅机关和直属单位开展廉政风险点排查。', '建立风险防控台账，完善防控措施。', '廉政风险防控机制健全。'),
    T(
      '开展专项监督检查 {n} 次',
      '1.3',
      '对工程建设、资金管理等重点领域开展专项监督。',
      '制定监督计划，发现问题及时督促整改。',
      '重点领域监督全覆盖。',
      '次',
      [4, 12],
    ),
  ],
  'HQ-CWC': [
    T('完成部门预算编制和执行', '2.2', '编制年度部门预算并加强执行管理。', '按月通报预算执行进度，盘活存量资金。', '预算执行率达到序时进度要求。'),
    T('开展财政资金绩效评价 {n} 项', '2.2', '对交通专项资金开展绩效评价。', '制定评价方案，引入第三方评价。', '评价结果应用于预算安排。', '项', [6, 18]),
    T('完成内部审计项目 {n} 个', '2.2', '对直属单位开展财务收支和经济责任审计。', '制定审计计划，跟踪审计整改。', '审计发现问题整改到位。', '个', [5, 15]),
  ],
  'HQ-RSC': [
    T('组织干部教育培训 {n} 期', '1.3', '组织全系统干部教育培训。', '分层分类制定培训计划，加强培训评估。', '干部培训学时达标率100%。', '期', [8, 20]),
    T('完成年度公务员招录和事业单位招聘', '1.3', '按计划完成公务员招录和事业单位公开招聘。', '规范招录程序，强化监督。', '招录计划全面完成。'),
    T('开展干部人事档案专项审核', '1.3', '对干部人事档案开展专项审核。', '逐卷审核，建立问题清单。', '档案审核认定工作按期完成。'),
  ],
  'HQ-JXB': [
    T('完成年度目标绩效考核', '1.3', '组织开展全厅年度目标绩效考核。', '制定考核办法，按时机组织平时、半年和年终考核。', '考核结果按期通报。'),
    T('推进目标绩效管理信息化', '2.1', '建设目标绩效管理平台并推广应用。', '分阶段上线目标、执行、考核模块，组织培训。', '全厅目标绩效管理实现网上运行。'),
    T('开展目标执行情况督查 {n} 次', '1.3', '对重点目标执行情况开展督查。', '实行问题清单和整改销号。', '督查发现问题整改到位。', '次', [4, 12]),
  ],
  // The division plans, coordinates and supervises transport services; the bureaus and cities deliver them (their
  // 春运保障 and 新增通客车建制村 come from the general list).
  'HQ-YSC': [
    T(
      '统筹全省春运及节假日运输组织',
      '1.1.3',
      '统筹全省春运、“五一”“国庆”等重点时段旅客运输组织和运力调度。',
      '建立部门联动和运输情况日报告制度，督导各地落实保障方案。',
      '全省重点时段运输平稳有序，无大面积旅客滞留。',
    ),
    T(
      '督导创建城乡交通运输一体化示范县 {n} 个',
      '1.1.3',
      '督导各地推进城乡客运一体化，巩固建制村通客车成果。',
      '制定示范县创建标准和评价办法，按季度通报各地建制村通客车情况。',
      '新增一批省级城乡交通运输一体化示范县，建制村通客车成果得到巩固。',
      '个',
      [3, 10],
    ),
    T('推进道路运输行业信用体系建设', '1.2', '建立道路运输企业和从业人员信用评价制度。', '归集信用信息，实施分级分类监管。', '信用评价结果全面应用。'),
  ],
  'HQ-KJC': [
    T('组织交通科技项目 {n} 项', '2.1', '组织实施交通运输科技研发项目。', '加强项目过程管理和成果验收。', '一批科技成果推广应用。', '项', [10, 30]),
    T('推进智慧交通标准编制', '2.1', '编制智慧交通地方标准。', '组织专家编写和审查，按程序发布。', '标准按期发布实施。'),
    T(
      '开展交通运输职业技能培训 {n} 人次',
      '1.3',
      '组织行业从业人员职业技能培训。',
      '整合培训资源，推行线上线下结合。',
      '从业人员素质持续提升。',
      '人次',
      [1000, 5000],
    ),
  ],
};

const PER_TYPE: Record<Exclude<TargetTypeCode, 'SPECIAL'>, [number, number]> = { FUNCTIONAL: [16, 17], SAFETY: [5, 7], INTEGRITY: [4, 5], ORGAN: [4, 7] };

const SPECIAL_TASKS = [
  {
    key: 'flood',
    title: '汛期公路安全保畅专项行动',
    description: '主汛期前完成重点路段隐患排查，落实应急队伍、物资和值班值守，确保汛期公路安全畅通。',
    leaf: '3.3',
    units: ['DU-GLJ', 'CITY-CD', 'CITY-MY', 'CITY-DY', 'CITY-YA', 'CITY-AB', 'CITY-GZ', 'CITY-LSZ'],
    deadlineMonth: 9,
    measures: '落实“一路一策”，建立汛期值班和信息报送制度，储备抢险物资。',
    result: '汛期国省干线阻断后 24 小时内抢通率 100%。',
  },
  {
    key: 'business',
    title: '交通运输领域营商环境优化专项',
    description: '清理交通运输领域妨碍统一市场和公平竞争的规定，压减涉企审批时限，提升政务服务便利度。',
    leaf: '2.1',
    units: ['DU-YGJ', 'DU-GHJ', 'CITY-CD', 'CITY-MY', 'ENT-JTTZ'],
    deadlineMonth: 11,
    measures: '开展涉企政策清理，推行告知承诺制和容缺受理。',
    result: '涉企审批时限平均压减 30% 以上。',
  },
] as const;

const REASONS_RETURNED = ['目标值偏低，请对照年度计划调整', '工作措施不够具体，请细化到季度节点', '里程碑计划前松后紧，请调整', '请补充责任人分工'];

export interface TargetsSeed {
  specialTasks: { id: string; yearId: string; title: string; description: string; createdById: string }[];
  targets: {
    id: string;
    yearId: string;
    unitId: string;
    targetTypeId: string;
    indicatorId: string;
    title: string;
    content: string;
    measures: string;
    deadline: Date;
    expectedResult: string;
    maxScore: string;
    metricUnit: string | null;
    metricTarget: string | null;
    origin: 'DECLARED' | 'ASSIGNED' | 'SPECIAL';
    specialTaskId: string | null;
    status: Status;
    returnReason: string | null;
    createdById: string | null;
    publishedRevisionNo: number | null;
    version: number;
    createdAt: Date;
  }[];
  milestones: { targetId: string; period: string; plannedPercent: number }[];
  responsibles: { targetId: string; personId: string; shareBp: number }[];
  revisions: {
    id: string;
    targetId: string;
    revisionNo: number;
    snapshot: object;
    status: Status;
    reason: string;
    createdById: string | null;
    createdAt: Date;
    publishedAt: Date | null;
  }[];
}

const lastDay = (year: number, month: number) => day(year, month + 1, 0);
const pct = (bp: number) => `${Math.floor(bp / 100)}.${String(bp % 100).padStart(2, '0')}`;

function plan(rng: Rng, rhythm: 'MONTHLY' | 'QUARTERLY', deadlineMonth: number) {
  const periods =
    rhythm === 'MONTHLY'
      ? Array.from({ length: deadlineMonth }, (_, i) => `M${String(i + 1).padStart(2, '0')}`)
      : Array.from({ length: Math.ceil(deadlineMonth / 3) }, (_, i) => `Q${i + 1}`);
  const lag = rng.int(0, 2) * 0.15; // some plans back-loaded
  let last = 0;
  return periods.map((period, i) => {
    const linear = ((i + 1) / periods.length) ** (1 + lag);
    const p = i === periods.length - 1 ? 100 : Math.max(last, Math.min(99, Math.round(linear * 100)));
    last = p;
    return { period, plannedPercent: p };
  });
}

/** The year before has fewer third-level indicators: where a template's leaf is missing there, the one it files under. */
const PREVIOUS_LEAF: Record<string, string> = { '1.1.3': '1.1.2', '2.3.1': '2.3', '2.3.2': '2.3', '3.1.1': '3.1', '3.1.2': '3.1' };

/**
 * Builds every target row of `activeYear`. Pure: the same inputs give the same rows. `closed` builds a finished year
 * (the one before the demo year): a third as many targets per unit, all published, no 修订 and no special tasks.
 */
export function buildTargets(
  years: YearSeed[],
  activeYear: number,
  framework: FrameworkSeed,
  indicators: IndicatorSeed[],
  people: PersonsSeed,
  accounts: AccountSeed[],
  now: Date,
  closed = false,
): TargetsSeed {
  const rng = createRng(closed ? `targets:${activeYear}` : 'targets');
  const year = years.find((y) => y.year === activeYear)!;
  // Templates name the demo year's leaves; the year before files them under the indicator of the same name, if any.
  const demoYear = years.find((y) => y.year === activeYear + 1);
  const leafId = (wanted: string) => {
    const name = demoYear && indicators.find((i) => i.yearId === demoYear.id && i.code === wanted)?.name;
    const sameName = name && indicators.find((i) => i.yearId === year.id && i.name === name)?.code;
    const code = sameName || (indicators.some((i) => i.yearId === year.id && i.code === wanted) ? wanted : (PREVIOUS_LEAF[wanted] ?? wanted));
    const row = indicators.find((i) => i.yearId === year.id && i.code === code);
    if (!row || indicators.some((c) => c.parentId === row.id)) throw new Error(`seed: ${code} is not a leaf of ${activeYear}`);
    return row;
  };
  const accountOf = (username: string) => accounts.find((a) => a.username === username)!.id;
  const ownerAccount: Record<TargetTypeCode, string> = {
    FUNCTIONAL: accountOf('perf'),
    SAFETY: accountOf('safety'),
    INTEGRITY: accountOf('integrity'),
    ORGAN: accountOf('party'),
    SPECIAL: accountOf('perf'),
  };
  const unitAdmins = new Map(accounts.filter((a) => a.roles.includes('UNIT_ADMIN') && a.unitId).map((a) => [a.unitId!, a.id]));
  const rhythmOf: Record<TargetTypeCode, 'MONTHLY' | 'QUARTERLY'> = {
    FUNCTIONAL: 'MONTHLY',
    SAFETY: 'MONTHLY',
    SPECIAL: 'MONTHLY',
    INTEGRITY: 'QUARTERLY',
    ORGAN: 'QUARTERLY',
  };
  // 目标 are declared in early January and published in its second half. From March on the year's targets are in force: only a
  // handful are still in review or returned, and a few published ones have a 修订 under way (from April).
  const settled = now >= day(activeYear, 3, 1);
  const revisionsBegun = now >= day(activeYear, 4, 1);
  const lateInYear = now >= day(activeYear, 11, 1);
  const notAfterNow = (d: Date) => (d > now ? now : d);
  const typeCodeById = new Map((['FUNCTIONAL', 'INTEGRITY', 'SAFETY', 'ORGAN', 'SPECIAL'] as const).map((c) => [targetTypeId(c), c]));

  const out: TargetsSeed = { specialTasks: [], targets: [], milestones: [], responsibles: [], revisions: [] };

  const add = (
    unit: UnitSeed,
    code: TargetTypeCode,
    tpl: Template,
    n: number,
    extra: { specialTaskId?: string; deadlineMonth?: number; title?: string } = {},
  ) => {
    const id = stableId('target', `${activeYear}:${unit.code}:${n}`);
    const leaf = leafId(tpl.leaf);
    const value = tpl.range ? rng.int(tpl.range[0], tpl.range[1]) : null;
    const title = extra.title ?? tpl.title.replace('{n}', String(value ?? ''));
    const deadlineMonth = extra.deadlineMonth ?? rng.pick([6, 9, 10, 11, 12, 12, 12]);
    const milestones = plan(rng, rhythmOf[code], deadlineMonth);
    const staff = people.persons.filter((p) => p.unitId === unit.id && p.status === 'ACTIVE');
    const first = staff[rng.int(0, staff.length - 1)]!;
    const second = staff.length > 1 && rng.chance(0.4) ? staff.find((p) => p.id !== first.id && rng.chance(0.5)) : undefined;
    const shares = second ? (rng.chance(0.5) ? [6000, 4000] : [5000, 5000]) : [10000];
    const responsibles = [first, second].filter((p) => !!p).map((p, i) => ({ targetId: id, personId: p.id, shareBp: shares[i]!, name: p.name }));
    const roll = rng.next();
    let status: Status = 'PUBLISHED';
    if (extra.specialTaskId || closed) status = 'PUBLISHED';
    else if (settled) status = roll < 0.005 ? 'SUBMITTED' : roll < 0.01 ? 'RETURNED' : 'PUBLISHED';
    else if (roll < 0.06) status = 'SUBMITTED';
    else if (roll < 0.09) status = 'APPROVED';
    else if (roll < 0.12) status = 'RETURNED';
    else if (roll < 0.15) status = 'DRAFT';
    const revising = status === 'PUBLISHED' && !extra.specialTaskId && rng.chance(lateInYear ? 0.01 : 0.025) && revisionsBegun && !closed;
    // Declared (or assigned) in early January; reviewed and first published in the second half of January, before the
    // first monthly report is due (5 February); a 修订 opened in May–October (late in
    // the year, the few still under way opened in the last weeks: the earlier ones have long been decided).
    const createdAt = notAfterNow(day(activeYear, 1, 3 + Math.floor(rng.int(0, 20) / 2)));
    const firstPublishedAt = day(activeYear, 1, 16 + rng.int(0, 15));
    const [monthDraw, dayDraw] = [rng.int(0, 5), rng.int(0, 27)];
    const revisionOpenedAt = lateInYear
      ? new Date(now.getTime() - (2 + monthDraw * 6 + (dayDraw % 6)) * 86_400_000)
      : notAfterNow(day(activeYear, 5 + monthDraw, 1 + dayDraw));
    const assigned = !!extra.specialTaskId || code !== 'FUNCTIONAL' ? rng.chance(0.3) || !!extra.specialTaskId : rng.chance(0.15);
    const origin = extra.specialTaskId ? 'SPECIAL' : assigned ? 'ASSIGNED' : 'DECLARED';
    const createdById = origin === 'DECLARED' ? (unitAdmins.get(unit.id) ?? null) : ownerAccount[code];
    const maxScore = code === 'FUNCTIONAL' ? rng.pick(['4.00', '5.00', '6.00', '8.00']) : rng.pick(['2.00', '2.50', '3.00']);
    const base = {
      id,
      yearId: year.id,
      unitId: unit.id,
      targetTypeId: targetTypeId(code),
      indicatorId: leaf.id,
      title,
      content: tpl.content,
      measures: tpl.measures,
      deadline: lastDay(activeYear, deadlineMonth),
      expectedResult: tpl.result,
      maxScore,
      metricUnit: tpl.unit ?? null,
      metricTarget: value === null ? null : String(value),
      origin,
      specialTaskId: extra.specialTaskId ?? null,
      returnReason: status === 'RETURNED' ? rng.pick(REASONS_RETURNED) : null,
      createdById,
    } as const;
    const snapshot = (t: { title: string; metricTarget: string | null }, ms: { period: string; plannedPercent: number }[]) => ({
      title: t.title,
      content: base.content,
      measures: base.measures,
      deadline: `${activeYear}-${String(deadlineMonth).padStart(2, '0')}-${String(base.deadline.getUTCDate()).padStart(2, '0')}`,
      expectedResult: base.expectedResult,
      maxScore,
      metricUnit: base.metricUnit,
      metricTarget: t.metricTarget,
      indicatorId: leaf.id,
      indicatorName: leaf.name,
      milestones: ms,
      responsibles: responsibles.map((r) => ({ personId: r.personId, personName: r.name, shareBp: r.shareBp, share: pct(r.shareBp) })),
    });
    const published = status === 'PUBLISHED';
    let working = { title, metricTarget: base.metricTarget };
    let workingPlan = milestones;
    if (revising) {
      // 修订 in progress: a higher target value, and the later half of the plan pulled forward a little.
      const raised = value === null ? null : Math.round(value * 1.1) + 1;
      working = {
        title: raised === null || extra.title ? title : tpl.title.replace('{n}', String(raised)),
        metricTarget: raised === null ? null : String(raised),
      };
      workingPlan = milestones.map((m, i) =>
        i >= milestones.length / 2 && m.plannedPercent < 100 ? { ...m, plannedPercent: Math.min(100, m.plannedPercent + 5) } : m,
      );
    }
    const revisionStatus: Status = revising ? rng.pick(['DRAFT', 'SUBMITTED', 'SUBMITTED'] as const) : 'PUBLISHED';
    out.targets.push({
      ...base,
      title: working.title,
      metricTarget: working.metricTarget,
      status: revising ? revisionStatus : status,
      publishedRevisionNo: published ? 1 : null,
      createdAt,
      version: { DRAFT: 1, SUBMITTED: 2, APPROVED: 3, RETURNED: 3, PUBLISHED: 4 }[status] + (revising ? (revisionStatus === 'DRAFT' ? 1 : 2) : 0),
    });
    out.milestones.push(...workingPlan.map((m) => ({ targetId: id, ...m })));
    out.responsibles.push(...responsibles.map(({ name: _name, ...r }) => r));
    if (published) {
      out.revisions.push({
        id: stableId('targetRevision', `${id}:1`),
        targetId: id,
        revisionNo: 1,
        snapshot: snapshot({ title, metricTarget: base.metricTarget }, milestones),
        status: 'PUBLISHED',
        reason: '首次发布',
        createdById: accountOf('perf'),
        createdAt: new Date(firstPublishedAt.getTime() - 3_600_000),
        publishedAt: firstPublishedAt,
      });
    }
    if (revising) {
      out.revisions.push({
        id: stableId('targetRevision', `${id}:2`),
        targetId: id,
        revisionNo: 2,
        snapshot: snapshot(working, workingPlan),
        status: revisionStatus,
        reason: rng.pick(['年中调整：上级下达任务增加', '项目前期工作提前完成，调整节点计划']),
        createdById,
        createdAt: revisionOpenedAt,
        publishedAt: null,
      });
    }
  };

  // Special tasks first, so that their targets come first for each unit's numbering.
  const specialN = new Map<string, number>();
  for (const s of closed ? [] : SPECIAL_TASKS) {
    const taskId = stableId('specialTask', `${activeYear}:${s.key}`);
    out.specialTasks.push({ id: taskId, yearId: year.id, title: s.title, description: s.description, createdById: accountOf('perf') });
    for (const code of s.units) {
      const unit = unitByCode(code);
      const n = (specialN.get(code) ?? 0) + 1;
      specialN.set(code, n);
      add(unit, 'SPECIAL', T(s.title, s.leaf, s.description, s.measures, s.result), 1000 + n, {
        specialTaskId: taskId,
        deadlineMonth: s.deadlineMonth,
        title: `${s.title}（${unit.shortName}）`,
      });
    }
  }

  for (const au of framework.assessedUnits.filter((a) => a.yearId === year.id)) {
    const unit = CHILD_UNITS.find((u) => u.id === au.unitId)!;
    const types = framework.categoryTargetTypes.filter((c) => c.categoryId === au.categoryId).map((c) => typeCodeById.get(c.targetTypeId)!);
    let n = 0;
    for (const code of types) {
      if (code === 'SPECIAL') continue;
      const pool = [...((code === 'FUNCTIONAL' && HQ_FUNCTIONAL[unit.code]) || TEMPLATES[code])];
      const [min, max] = PER_TYPE[code];
      const count = Math.min(pool.length, closed ? Math.ceil(rng.int(min, max) / 3) : rng.int(min, max));
      for (let i = 0; i < count; i++) {
        const tpl = pool.splice(rng.int(0, pool.length - 1), 1)[0]!;
        add(unit, code, tpl, ++n);
      }
    }
  }
  return out;
}
