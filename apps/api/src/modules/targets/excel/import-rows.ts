import { createTarget, schemaIssueText, type FieldIssue, type ImportIssue, type LocalizedText, type SchemaIssueDetails } from '@jx/contract';
import type { z } from 'zod';
import type { Db } from '../../../lib/db.ts';
import type { Actor } from '../../../lib/context.ts';
import { t as msg, type ErrorText } from '../../../lib/errors.ts';
import type { ErrorMessageKey, MessageParams } from '@jx/contract';
import type { SheetRow } from '../../../lib/excel/read-sheet.ts';
import { canDraft } from '../target.policy.ts';
import { checkFrame, checkUnit } from '../target.validate.ts';
import { headerOf, type ImportKey } from './columns.ts';
import { normaliseDate } from '../../../lib/excel/dates.ts';
import { linearPlan, parseMilestones, parseResponsibles } from './parse-cells.ts';
import { cellIssue } from '../../../lib/excel/rejected.ts';

export type CreateBody = z.output<NonNullable<typeof createTarget.body>>;
export interface CheckedRow {
  rowNumber: number;
  body: CreateBody;
}

/** Where a field of targets.create is written in the file. */
const COLUMN_OF_FIELD: Record<string, ImportKey> = {
  unitId: 'unit',
  targetTypeId: 'type',
  indicatorId: 'indicator',
  title: 'title',
  content: 'content',
  measures: 'measures',
  expectedResult: 'expectedResult',
  deadline: 'deadline',
  maxScore: 'maxScore',
  metricUnit: 'metricUnit',
  metricTarget: 'metricTarget',
  milestones: 'milestones',
  responsibles: 'responsibles',
};

const issueAt = (rowNumber: number, key: ImportKey, text: ErrorText): ImportIssue => cellIssue(rowNumber, headerOf(key), text);
/**
 * An issue of targets.create's validation (path `indicatorId`, `milestones.3.period`, …) as a cell of this row, with its
 * own Chinese text, key and parameters.
 */
const fieldIssue = (rowNumber: number, i: FieldIssue): ImportIssue => {
  const column = COLUMN_OF_FIELD[i.path.split('.')[0] ?? ''];
  return cellIssue(rowNumber, column ? headerOf(column) : null, {
    key: (i.key ?? 'validation.invalid') as ErrorMessageKey,
    params: i.params as MessageParams | undefined,
    chinese: i.message,
  });
};

type Lookups = Awaited<ReturnType<typeof loadLookups>>;

/** Everything a row may name, loaded once per file: units, types, the year's indicators, the units' active people. */
export async function loadLookups(db: Db, yearId: string, rows: SheetRow<ImportKey>[]) {
  const [units, types, indicators] = await Promise.all([
    db.unit.findMany({ select: { id: true, code: true, name: true, shortName: true } }),
    db.targetType.findMany({ select: { id: true, code: true, name: true, ownerUnitId: true, reportingRhythm: true } }),
    db.indicator.findMany({ where: { yearId }, select: { id: true, code: true, name: true } }),
  ]);
  const unitByText = new Map<string, (typeof units)[number]>();
  for (const u of units) for (const k of [u.code, u.shortName, u.name]) if (k) unitByText.set(k, u);
  const typeByText = new Map<string, (typeof types)[number]>();
  for (const t of types) for (const k of [t.code, t.name]) typeByText.set(k, t);
  const rowUnits = [...new Set(rows.map((r) => unitByText.get(r.cells.unit)?.id).filter((x): x is string => !!x))];
  const persons = await db.person.findMany({
    where: { unitId: { in: rowUnits }, status: 'ACTIVE' },
    select: { id: true, name: true, staffNo: true, unitId: true },
  });
  return { unitByText, typeByText, indicators, persons };
}

/** `2.3.1`, `2.3.1 安全生产责任落实` or the indicator's exact name (when only one has it); or why none is found. */
function findIndicator(l: Lookups, text: string): { id: string } | { problem: LocalizedText } {
  const code = /^(\d+(?:\.\d+)*)(?:\s|$)/.exec(text)?.[1];
  if (code) return l.indicators.find((i) => i.code === code) ?? { problem: msg('excel.indicatorCodeUnknown', { code }) };
  const named = l.indicators.filter((i) => i.name === text);
  if (named.length === 1) return named[0]!;
  return { problem: named.length ? msg('excel.indicatorAmbiguous', { count: named.length, text }) : msg('excel.indicatorUnknown', { text }) };
}

/**
 * One row through the checks of targets.create: the schema, who may draft for this unit and type, the frame (year,
 * type, leaf indicator, deadline, milestone plan) and the unit side (考核对象, category, responsible people).
 * Returns the body to insert, or adds its problems to `issues`.
 */
export async function checkRow(
  db: Db,
  actor: Actor,
  yearId: string,
  l: Lookups,
  row: SheetRow<ImportKey>,
  issues: ImportIssue[],
  /** Rows naming a unit or type the caller may not draft for: the import is refused (403), as targets.create would be. */
  denied: ImportIssue[],
): Promise<CheckedRow | null> {
  const { rowNumber: n, cells } = row;
  const mine: ImportIssue[] = [];
  const unit = cells.unit ? l.unitByText.get(cells.unit) : undefined;
  const type = cells.type ? l.typeByText.get(cells.type) : undefined;
  if (!cells.unit) mine.push(issueAt(n, 'unit', msg('excel.unitRequired')));
  else if (!unit) mine.push(issueAt(n, 'unit', msg('excel.unitUnknown', { text: cells.unit })));
  if (!cells.type) mine.push(issueAt(n, 'type', msg('excel.typeRequired')));
  else if (!type) mine.push(issueAt(n, 'type', msg('excel.typeUnknown', { text: cells.type })));
  else if (type.code === 'SPECIAL') mine.push(issueAt(n, 'type', msg('excel.specialNotImportable')));
  if (unit && type && !canDraft(actor, { unitId: unit.id, targetType: type })) {
    denied.push(issueAt(n, 'unit', msg('excel.draftForbidden', { unitName: unit.name, typeName: type.name })));
    return null;
  }
  let indicatorId = '';
  if (!cells.indicator) mine.push(issueAt(n, 'indicator', msg('excel.indicatorRequired')));
  else {
    const found = findIndicator(l, cells.indicator);
    if ('problem' in found) mine.push(issueAt(n, 'indicator', found.problem));
    else indicatorId = found.id;
  }

  const deadline = normaliseDate(cells.deadline);
  let milestones: { period: string; plannedPercent: number }[] = [];
  if (cells.milestones) {
    const parsed = parseMilestones(cells.milestones);
    if ('problem' in parsed) mine.push(issueAt(n, 'milestones', parsed.problem));
    else milestones = parsed.milestones;
  } else if (type) {
    milestones = linearPlan(type.reportingRhythm, deadline);
  }

  const responsibles: { personId: string; share: string }[] = [];
  if (cells.responsibles && unit) {
    const parsed = parseResponsibles(cells.responsibles);
    if ('problem' in parsed) mine.push(issueAt(n, 'responsibles', parsed.problem));
    else {
      for (const e of parsed.entries) {
        const inUnit = l.persons.filter((p) => p.unitId === unit.id && (p.staffNo === e.who || p.name === e.who));
        if (inUnit.length === 1) responsibles.push({ personId: inUnit[0]!.id, share: e.share });
        else if (inUnit.length > 1)
          mine.push(issueAt(n, 'responsibles', msg('excel.responsibleAmbiguous', { unitName: unit.name, count: inUnit.length, name: e.who })));
        else mine.push(issueAt(n, 'responsibles', msg('excel.responsibleNotInUnit', { name: e.who, unitName: unit.name })));
      }
    }
  }

  const input = {
    yearId,
    unitId: unit?.id ?? '',
    targetTypeId: type?.id ?? '',
    indicatorId,
    title: cells.title,
    content: cells.content,
    measures: cells.measures,
    deadline,
    expectedResult: cells.expectedResult,
    maxScore: cells.maxScore,
    metricUnit: cells.metricUnit || null,
    metricTarget: cells.metricTarget || null,
    milestones,
    responsibles,
  };
  const parsed = createTarget.body!.safeParse(input);
  const failed = new Set<string>();
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      const path = i.path.join('.');
      failed.add(String(i.path[0]));
      // Ids this row could not resolve were reported above, in the row's own words.
      if (['unitId', 'targetTypeId', 'indicatorId'].includes(path) && !input[path as 'unitId']) continue;
      // The contract's own Chinese text (it names the field) stays the message; the key says which rule failed.
      const rule = schemaIssueText(i.code, i as SchemaIssueDetails);
      mine.push(fieldIssue(n, { path, message: i.message, key: rule.key, ...(rule.params ? { params: rule.params } : {}) }));
    }
  }

  // The frame (type, indicator, deadline in the year, milestone plan) and the unit side are checked as soon as what
  // they read is well-formed, so a row shows all its problems at once.
  const frameReady = !!unit && !!type && !!indicatorId && !['deadline', 'milestones'].some((f) => failed.has(f));
  if (frameReady) {
    const frameIssues: FieldIssue[] = [];
    const frameInput = { yearId, targetTypeId: type.id, indicatorId, deadline, milestones };
    const frame = await checkFrame(db, frameInput, '', frameIssues);
    if (frame && !failed.has('responsibles')) await checkUnit(db, frame, unit.id, responsibles, '', 'targetTypeId', frameIssues);
    mine.push(...frameIssues.map((i) => fieldIssue(n, i)));
  }
  if (mine.length || !parsed.success) {
    issues.push(...dedupe(mine));
    return null;
  }
  return { rowNumber: n, body: parsed.data };
}

/** One message per cell and text (a share problem is reported once per person by checkUnit). */
function dedupe(issues: ImportIssue[]): ImportIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.path}\u0000${i.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
