// The demo province: 四川省交通运输厅 and the units under it.
// All units are direct children of the root; `kind` carries the grouping (厅机关处室 / 厅直单位 / 市州交通局 / 三大公司).
import { UnitKind } from '../../packages/db/src/generated/prisma/client.ts';
import { stableId } from './random.ts';

/** Position ladders: the first person of a unit gets the first rung, and so on. */
export const LADDERS = {
  /** 厅领导 (persons attached to the root unit). */
  leadership: ['厅长', '副厅长', '副厅长', '副厅长'],
  /** 处 (e.g. 综合规划处). */
  division: ['处长', '副处长', '副处长', '一级主任科员', '二级主任科员', '三级主任科员', '科员', '科员'],
  /** 办、室 (办公室, 监察室, 目标绩效办). */
  office: ['主任', '副主任', '副主任', '一级主任科员', '二级主任科员', '四级主任科员', '科员', '科员'],
  /** 机关党委（党办）. */
  party: ['专职副书记', '副主任', '一级主任科员', '二级主任科员', '四级主任科员', '科员', '科员', '科员'],
  /** 局 (厅直 二级局 and 市州交通运输局). */
  bureau: ['局长', '副局长', '副局长', '科长', '副科长', '科长', '科员', '科员'],
  /** 站 (质监站). */
  station: ['站长', '副站长', '副站长', '科长', '副科长', '科员', '科员', '科员'],
  /** 直属 办 / 中心. */
  center: ['主任', '副主任', '副主任', '科长', '工程师', '副科长', '助理工程师', '科员'],
  /** 学院. */
  college: ['院长', '副院长', '副院长', '处长', '副处长', '科长', '科员', '科员'],
  /** 企业 (the liaison team of a group company). */
  enterprise: ['副总经理', '企业管理部部长', '企业管理部副部长', '主管'],
} as const satisfies Record<string, readonly string[]>;

export type LadderKey = keyof typeof LADDERS;

export interface UnitSeed {
  id: string;
  code: string;
  name: string;
  shortName: string;
  kind: UnitKind;
  sortOrder: number;
  /** Persons to create in the unit: [min, max]. */
  staff: readonly [number, number];
  ladder: LadderKey;
}

type UnitDef = Omit<UnitSeed, 'id' | 'kind' | 'sortOrder'>;

export const ROOT_CODE = 'ROOT';

const root: UnitDef = { code: ROOT_CODE, name: '四川省交通运输厅', shortName: '省交通运输厅', staff: [4, 4], ladder: 'leadership' };

const divisions: UnitDef[] = [
  { code: 'HQ-BGS', name: '办公室', shortName: '办公室', staff: [6, 8], ladder: 'office' },
  { code: 'HQ-DW', name: '机关党委（党办）', shortName: '机关党委', staff: [4, 6], ladder: 'party' },
  { code: 'HQ-GHC', name: '综合规划处', shortName: '规划处', staff: [4, 7], ladder: 'division' },
  { code: 'HQ-JSC', name: '建设管理处', shortName: '基建处', staff: [4, 7], ladder: 'division' },
  { code: 'HQ-AJC', name: '安全监督处', shortName: '安监处', staff: [4, 7], ladder: 'division' },
  { code: 'HQ-JCS', name: '驻厅纪检监察组（监察室）', shortName: '监察室', staff: [3, 6], ladder: 'office' },
  { code: 'HQ-CWC', name: '财务处', shortName: '财务处', staff: [3, 6], ladder: 'division' },
  { code: 'HQ-RSC', name: '人事处', shortName: '人事处', staff: [3, 6], ladder: 'division' },
  { code: 'HQ-JXB', name: '目标绩效管理办公室', shortName: '目标绩效办', staff: [4, 6], ladder: 'office' },
  { code: 'HQ-YSC', name: '运输管理处', shortName: '运输处', staff: [3, 6], ladder: 'division' },
  { code: 'HQ-KJC', name: '科技教育处', shortName: '科技处', staff: [3, 5], ladder: 'division' },
];

const directUnits: UnitDef[] = [
  { code: 'DU-GLJ', name: '四川省公路局', shortName: '公路局', staff: [5, 8], ladder: 'bureau' },
  { code: 'DU-YGJ', name: '四川省道路运输管理局', shortName: '运管局', staff: [5, 8], ladder: 'bureau' },
  { code: 'DU-GHJ', name: '四川省港航管理局', shortName: '港航局', staff: [4, 7], ladder: 'bureau' },
  { code: 'DU-ZJZ', name: '四川省交通建设工程质量监督站', shortName: '质监站', staff: [4, 6], ladder: 'station' },
  { code: 'DU-GGJ', name: '四川省高速公路管理局', shortName: '高管局', staff: [5, 8], ladder: 'bureau' },
  { code: 'DU-ZBB', name: '四川省交通战备办公室', shortName: '交通战备办', staff: [4, 5], ladder: 'center' },
  { code: 'DU-XXZX', name: '四川省交通运输信息中心', shortName: '信息中心', staff: [5, 7], ladder: 'center' },
  { code: 'DU-JTXY', name: '四川交通职业技术学院', shortName: '交通职院', staff: [4, 6], ladder: 'college' },
];

/** [code suffix, place, 市 or 州] — 21 市州 in the official order. */
const cityList: [string, string, '市' | '州'][] = [
  ['CD', '成都', '市'],
  ['ZG', '自贡', '市'],
  ['PZH', '攀枝花', '市'],
  ['LZ', '泸州', '市'],
  ['DY', '德阳', '市'],
  ['MY', '绵阳', '市'],
  ['GY', '广元', '市'],
  ['SN', '遂宁', '市'],
  ['NJ', '内江', '市'],
  ['LS', '乐山', '市'],
  ['NC', '南充', '市'],
  ['MS', '眉山', '市'],
  ['YB', '宜宾', '市'],
  ['GA', '广安', '市'],
  ['DZ', '达州', '市'],
  ['YA', '雅安', '市'],
  ['BZ', '巴中', '市'],
  ['ZY', '资阳', '市'],
  ['AB', '阿坝', '州'],
  ['GZ', '甘孜', '州'],
  ['LSZ', '凉山', '州'],
];

const cityBureaus: UnitDef[] = cityList.map(([suffix, place, level]) => ({
  code: `CITY-${suffix}`,
  name: `${place}${level}交通运输局`,
  shortName: `${place}${level}`,
  // The two cities with demo accounts get a fuller staff list.
  staff: suffix === 'CD' ? [8, 8] : suffix === 'MY' ? [6, 7] : [4, 5],
  ladder: 'bureau',
}));

const enterprises: UnitDef[] = [
  { code: 'ENT-JTTZ', name: '四川省交通投资集团有限责任公司', shortName: '交投集团', staff: [4, 4], ladder: 'enterprise' },
  { code: 'ENT-TLTZ', name: '四川省铁路产业投资集团有限责任公司', shortName: '铁投集团', staff: [4, 4], ladder: 'enterprise' },
  { code: 'ENT-GHTZ', name: '四川省港航投资集团有限责任公司', shortName: '港航集团', staff: [4, 4], ladder: 'enterprise' },
];

function build(defs: UnitDef[], kind: UnitKind, firstSortOrder: number): UnitSeed[] {
  return defs.map((d, i) => ({ ...d, id: stableId('unit', d.code), kind, sortOrder: firstSortOrder + i * 10 }));
}

/** The root unit. It is the parent of every other unit and is itself not assessed. */
export const ROOT_UNIT: UnitSeed = build([root], UnitKind.HQ_DIVISION, 0)[0]!;

/** Every unit under the root, in display order (sortOrder 100.., 300.., 500.., 800..). */
export const CHILD_UNITS: UnitSeed[] = [
  ...build(divisions, UnitKind.HQ_DIVISION, 100),
  ...build(directUnits, UnitKind.DIRECT_UNIT, 300),
  ...build(cityBureaus, UnitKind.CITY_BUREAU, 500),
  ...build(enterprises, UnitKind.ENTERPRISE, 800),
];

export const ALL_UNITS: UnitSeed[] = [ROOT_UNIT, ...CHILD_UNITS];

const byCode = new Map(ALL_UNITS.map((u) => [u.code, u]));

export function unitByCode(code: string): UnitSeed {
  const u = byCode.get(code);
  if (!u) throw new Error(`seed: no unit with code ${code}`);
  return u;
}
