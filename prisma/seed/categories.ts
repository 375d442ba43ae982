// Target types (目标类型), years (考核年度), assessment categories (考核类别) and the assessed units (考核对象).
import { ReportingRhythm, UnitKind, YearStatus } from '../../packages/db/src/generated/prisma/client.ts';
import { stableId } from './random.ts';
import { CHILD_UNITS, unitByCode } from './units.ts';

export type TargetTypeCode = 'FUNCTIONAL' | 'INTEGRITY' | 'SAFETY' | 'ORGAN' | 'SPECIAL';

export interface TargetTypeSeed {
  id: string;
  code: TargetTypeCode;
  name: string;
  ownerUnitId: string;
  sortOrder: number;
  reportingRhythm: ReportingRhythm;
}

/**
 * Each type is owned by the department that drafts and assesses it (system-planning 1.1.1), and reports progress
 * monthly or quarterly: business and safety work month by month, integrity and organ building by the quarter.
 */
const targetTypeDefs: [TargetTypeCode, string, string, ReportingRhythm][] = [
  ['FUNCTIONAL', '职能绩效', 'HQ-GHC', ReportingRhythm.MONTHLY], // 业务管理: 规划处 (with 基建处 and others following their own lines)
  ['INTEGRITY', '廉政建设', 'HQ-JCS', ReportingRhythm.QUARTERLY], // 监察室
  ['SAFETY', '安全生产', 'HQ-AJC', ReportingRhythm.MONTHLY], // 安监处
  ['ORGAN', '机关建设', 'HQ-DW', ReportingRhythm.QUARTERLY], // 党办
  ['SPECIAL', '专项工作', 'HQ-JXB', ReportingRhythm.MONTHLY], // 目标绩效办 sets special tasks top-down
];

export const TARGET_TYPES: TargetTypeSeed[] = targetTypeDefs.map(([code, name, owner, reportingRhythm], i) => ({
  id: stableId('targetType', code),
  code,
  name,
  ownerUnitId: unitByCode(owner).id,
  sortOrder: (i + 1) * 10,
  reportingRhythm,
}));

export function targetTypeId(code: TargetTypeCode): string {
  return stableId('targetType', code);
}

export interface YearSeed {
  id: string;
  year: number;
  name: string;
  status: YearStatus;
}

/** The seed year (ACTIVE) and the one before it (CLOSED). */
export function buildYears(year: number): YearSeed[] {
  return [
    { id: stableId('year', year - 1), year: year - 1, name: `${year - 1}年度`, status: YearStatus.CLOSED },
    { id: stableId('year', year), year, name: `${year}年度`, status: YearStatus.ACTIVE },
  ];
}

interface CategoryDef {
  code: string;
  name: string;
  description: string;
  kind: UnitKind;
  types: TargetTypeCode[];
}

const ALL_TYPES: TargetTypeCode[] = ['FUNCTIONAL', 'INTEGRITY', 'SAFETY', 'ORGAN', 'SPECIAL'];

const categoryDefs: CategoryDef[] = [
  {
    code: 'HQ',
    name: '厅机关处室',
    description: '厅机关各处室，按职能绩效、廉政建设、安全生产、机关建设和专项工作进行考核，在本类别内排名。',
    kind: UnitKind.HQ_DIVISION,
    types: ALL_TYPES,
  },
  {
    code: 'DIRECT',
    name: '厅直单位',
    description: '厅属二级局及直属事业单位，考核全部五类目标，在本类别内排名。',
    kind: UnitKind.DIRECT_UNIT,
    types: ALL_TYPES,
  },
  {
    code: 'CITY',
    name: '市州交通运输局',
    description: '21个市（州）交通运输局，不考核机关建设目标，在本类别内排名。',
    kind: UnitKind.CITY_BUREAU,
    types: ['FUNCTIONAL', 'INTEGRITY', 'SAFETY', 'SPECIAL'],
  },
  {
    code: 'ENTERPRISE',
    name: '三大公司',
    description: '省属交通类国有企业（交投集团、铁投集团、港航集团），不考核机关建设目标。',
    kind: UnitKind.ENTERPRISE,
    types: ['FUNCTIONAL', 'INTEGRITY', 'SAFETY', 'SPECIAL'],
  },
];

export interface CategorySeed {
  id: string;
  yearId: string;
  code: string;
  name: string;
  description: string;
  sortOrder: number;
}

export interface FrameworkSeed {
  categories: CategorySeed[];
  categoryTargetTypes: { categoryId: string; targetTypeId: string }[];
  assessedUnits: { id: string; yearId: string; unitId: string; categoryId: string }[];
}

/** Categories, their target types and the assessed units, for every given year. The root unit is not assessed. */
export function buildFramework(years: YearSeed[]): FrameworkSeed {
  const out: FrameworkSeed = { categories: [], categoryTargetTypes: [], assessedUnits: [] };
  for (const y of years) {
    categoryDefs.forEach((def, i) => {
      const categoryId = stableId('category', `${y.year}:${def.code}`);
      out.categories.push({ id: categoryId, yearId: y.id, code: def.code, name: def.name, description: def.description, sortOrder: (i + 1) * 10 });
      for (const t of def.types) out.categoryTargetTypes.push({ categoryId, targetTypeId: targetTypeId(t) });
      for (const unit of CHILD_UNITS.filter((u) => u.kind === def.kind)) {
        out.assessedUnits.push({ id: stableId('assessedUnit', `${y.year}:${unit.code}`), yearId: y.id, unitId: unit.id, categoryId });
      }
    });
  }
  return out;
}
