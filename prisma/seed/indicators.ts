// The indicator trees (指标体系) of the demo years, after the Sichuan provincial measures (川府发〔2014〕25号):
// four first-level indicators 职能职责 60 / 行政效能 15 / 服务质量 15 / 自身建设 10 with their second-level indicators,
// and third-level ones a transport department sets for its own work. The year before differs a little, so that
// copying a framework into a new year shows which one was copied.
import { stableId } from './random.ts';
import { targetTypeId, type TargetTypeCode, type YearSeed } from './categories.ts';

interface Def {
  code: string;
  name: string;
  /** percent with at most two decimals, as the user writes it */
  weight: string;
  description?: string;
  type?: TargetTypeCode;
  children?: Def[];
}

const DUTIES = '履行法定职责，完成省委、省政府和交通运输部决策部署的情况。';

/** The demo (active) year. */
const CURRENT: Def[] = [
  {
    code: '1',
    name: '职能职责',
    weight: '60',
    type: 'FUNCTIONAL',
    description: '履行法定职责，围绕全省交通运输中心工作推动决策部署落实、完成年度目标任务的情况。',
    children: [
      {
        code: '1.1',
        name: '职责任务',
        weight: '50',
        description: DUTIES,
        children: [
          { code: '1.1.1', name: '交通基础设施投资完成', weight: '37.5', description: '全年公路水路交通建设投资计划完成情况。' },
          { code: '1.1.2', name: '重点项目建设进度', weight: '33.75', description: '高速公路、国省干线和航道重点项目按节点推进情况。' },
          { code: '1.1.3', name: '运输服务保障', weight: '28.75', description: '春运、节假日和重大活动运输保障情况。' },
        ],
      },
      { code: '1.2', name: '依法行政', weight: '25', description: '依法履行职责，规范行政决策行为，落实严格规范公正文明执法要求的情况。' },
      { code: '1.3', name: '政令畅通', weight: '25', description: '完成省委、省政府交办任务，令行禁止和真抓实干的情况。' },
    ],
  },
  {
    code: '2',
    name: '行政效能',
    weight: '15',
    description: '行政效能建设、转变机关作风、提高工作效率、控制行政成本的情况。',
    children: [
      { code: '2.1', name: '效能建设', weight: '40', description: '政务公开、行政审批制度改革、精文简会和政务信息报送情况。' },
      { code: '2.2', name: '行政成本', weight: '25', description: '降低行政成本、财政支出绩效的情况。' },
      {
        code: '2.3',
        name: '应急管理',
        weight: '35',
        description: '突发事件信息报告、预防预警和应急处置，应急预案、保障、演练和培训情况。',
        children: [
          { code: '2.3.1', name: '安全生产责任落实', weight: '60', description: '行业安全生产责任制落实和隐患排查治理情况。' },
          { code: '2.3.2', name: '应急预案与演练', weight: '40', description: '应急预案修订和应急演练开展情况。' },
        ],
      },
    ],
  },
  {
    code: '3',
    name: '服务质量',
    weight: '15',
    description: '服务基层、服务群众的意识、能力和接受监督的情况。',
    children: [
      {
        code: '3.1',
        name: '服务群众',
        weight: '40',
        description: '政务服务、窗口标准化建设和为基层群众办实事的情况。',
        children: [
          { code: '3.1.1', name: '政务服务“一网通办”', weight: '55', description: '交通运输政务服务事项网上可办率和办理时限。' },
          { code: '3.1.2', name: '12328 热线办理', weight: '45', description: '交通运输服务监督热线按时办结率和满意率。' },
        ],
      },
      { code: '3.2', name: '接受监督', weight: '35', description: '办理人大代表建议、政协提案，接受专门监督，处理群众来信来访的情况。' },
      { code: '3.3', name: '协作配合', weight: '25', description: '部门之间沟通协商、协作配合开展工作的情况。' },
    ],
  },
  {
    code: '4',
    name: '自身建设',
    weight: '10',
    description: '按照为民、务实、清廉的要求加强机关自身建设的情况。',
    children: [
      { code: '4.1', name: '党建工作', weight: '40', description: '思想建设、组织建设、作风建设、制度建设和精神文明建设情况。' },
      { code: '4.2', name: '政风行风', weight: '30', description: '政风行风建设，解决损害群众利益突出问题的情况。' },
      { code: '4.3', name: '廉政建设', weight: '30', description: '落实党风廉政建设责任制、推进惩治和预防腐败体系建设的情况。' },
    ],
  },
];

/** The year before: the same four first-level indicators, fewer third-level ones and other second-level weights. */
const PREVIOUS: Def[] = [
  {
    code: '1',
    name: '职能职责',
    weight: '60',
    type: 'FUNCTIONAL',
    description: '履行法定职责，完成年度交通运输目标任务的情况。',
    children: [
      {
        code: '1.1',
        name: '职责任务',
        weight: '55',
        description: DUTIES,
        children: [
          { code: '1.1.1', name: '交通基础设施投资完成', weight: '50' },
          { code: '1.1.2', name: '重点项目建设进度', weight: '50' },
        ],
      },
      { code: '1.2', name: '依法行政', weight: '25' },
      { code: '1.3', name: '政令畅通', weight: '20' },
    ],
  },
  {
    code: '2',
    name: '行政效能',
    weight: '15',
    children: [
      { code: '2.1', name: '效能建设', weight: '50' },
      { code: '2.2', name: '行政成本', weight: '20' },
      { code: '2.3', name: '应急管理', weight: '30' },
    ],
  },
  {
    code: '3',
    name: '服务质量',
    weight: '15',
    children: [
      { code: '3.1', name: '服务群众', weight: '50' },
      { code: '3.2', name: '接受监督', weight: '30' },
      { code: '3.3', name: '协作配合', weight: '20' },
    ],
  },
  {
    code: '4',
    name: '自身建设',
    weight: '10',
    children: [
      { code: '4.1', name: '党建工作', weight: '50' },
      { code: '4.2', name: '廉政建设', weight: '50' },
    ],
  },
];

export interface IndicatorSeed {
  id: string;
  yearId: string;
  parentId: string | null;
  level: number;
  code: string;
  name: string;
  description: string | null;
  weightBp: number;
  sortOrder: number;
  targetTypeId: string | null;
}

/** "37.5" → 3750, from the digits (the definitions above use at most two decimals). */
function bpOf(weight: string): number {
  const [whole, fraction = ''] = weight.split('.');
  if (!/^\d+$/.test(whole ?? '') || !/^\d{0,2}$/.test(fraction)) throw new Error(`seed: bad weight ${weight}`);
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Every year's indicator rows, parents before children (so one createMany can insert them in order). */
export function buildIndicators(years: YearSeed[], activeYear: number): IndicatorSeed[] {
  const out: IndicatorSeed[] = [];
  for (const y of years) {
    const defs = y.year === activeYear ? CURRENT : PREVIOUS;
    const byLevel: IndicatorSeed[][] = [[], [], []];
    const walk = (list: Def[], parent: IndicatorSeed | null, level: number) => {
      const sum = list.reduce((s, d) => s + bpOf(d.weight), 0);
      if (sum !== 10_000) throw new Error(`seed: weights under ${parent?.code ?? 'the root'} of ${y.year} sum to ${sum} bp`);
      list.forEach((d, i) => {
        const row: IndicatorSeed = {
          id: stableId('indicator', `${y.year}:${d.code}`),
          yearId: y.id,
          parentId: parent?.id ?? null,
          level,
          code: d.code,
          name: d.name,
          description: d.description ?? null,
          weightBp: bpOf(d.weight),
          sortOrder: (i + 1) * 10,
          targetTypeId: d.type ? targetTypeId(d.type) : null,
        };
        byLevel[level - 1]!.push(row);
        if (d.children) walk(d.children, row, level + 1);
      });
    };
    walk(defs, null, 1);
    out.push(...byLevel.flat());
  }
  return out;
}
