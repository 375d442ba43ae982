import { OnboardBody, type ImportIssue, type LocalizedText, type SchemaIssueDetails } from '@jx/contract';
import type { Db } from '../../../lib/db.ts';
import type { SheetRow } from '../../../lib/excel/read-sheet.ts';
import { normaliseDate } from '../../../lib/excel/dates.ts';
import { unitRefusal, type OnboardInput } from '../person.service.ts';
import { PERSON_IMPORT_COLUMNS, personHeaderOf, type PersonImportKey } from './columns.ts';
import { cellIssue } from '../../../lib/excel/rejected.ts';
import { issue, schemaText, t } from '../../../lib/errors.ts';

export interface CheckedPerson {
  rowNumber: number;
  body: OnboardInput;
}
type Row = SheetRow<PersonImportKey>;
type UnitChoice = { id: string; code: string; name: string; shortName: string | null; active: boolean };

/** Where a field of persons.onboard is written in the file. */
const COLUMN_OF_FIELD: Record<keyof OnboardInput, PersonImportKey> = {
  staffNo: 'staffNo',
  name: 'name',
  gender: 'gender',
  phone: 'phone',
  unitId: 'unit',
  position: 'position',
  startDate: 'startDate',
  note: 'note',
};

/** A problem of one cell, in the catalogue's words (the Chinese message, and its key and parameters). */
const issueAt = (rowNumber: number, column: PersonImportKey, text: LocalizedText): ImportIssue => {
  const cell = cellIssue(rowNumber, personHeaderOf(column), text);
  return { ...cell, ...issue(cell.path, text) };
};

/** A unit by its code, name, short name or `编码 名称` (as a dropdown may write it); a name two units share is a problem. */
function findUnit(units: UnitChoice[], text: string): UnitChoice | LocalizedText {
  const byCode = units.find((u) => u.code === text) ?? units.find((u) => text.startsWith(`${u.code} `));
  if (byCode) return byCode;
  const named = units.filter((u) => u.name === text || u.shortName === text);
  if (named.length === 1) return named[0]!;
  return named.length ? t('persons.importUnitAmbiguous', { count: named.length, unit: text }) : t('persons.importUnitUnknown', { unit: text });
}

/**
 * Every row through the checks of persons.onboard: its body schema, an existing and active unit, a staff number no
 * one has (the unique index onboard relies on) and, within the file, no staff number twice (the later row names the
 * first). Reads only. Returns the bodies to insert and adds every problem to `issues`.
 */
export async function checkPersonRows(db: Db, rows: Row[], issues: ImportIssue[]): Promise<CheckedPerson[]> {
  const staffNos = [...new Set(rows.map((r) => r.cells.staffNo).filter(Boolean))];
  const [units, taken] = await Promise.all([
    db.unit.findMany({ select: { id: true, code: true, name: true, shortName: true, active: true } }),
    db.person.findMany({ where: { staffNo: { in: staffNos } }, select: { staffNo: true, name: true } }),
  ]);
  const takenBy = new Map(taken.map((p) => [p.staffNo, p.name]));
  const firstRowOf = new Map<string, number>();
  const checked: CheckedPerson[] = [];

  for (const { rowNumber: n, cells } of rows) {
    const mine: ImportIssue[] = [];
    // An empty required cell says so in words, not as the schema's complaint about an empty string.
    const empty = new Set(PERSON_IMPORT_COLUMNS.filter((c) => 'required' in c && c.required && !cells[c.key]).map((c) => c.key));
    for (const key of empty) mine.push(issueAt(n, key, t('persons.importCellRequired', { personColumn: key })));

    let unitId = '';
    if (!empty.has('unit')) {
      const unit = findUnit(units, cells.unit);
      const refusal = 'key' in unit ? unit : unitRefusal(unit);
      if (refusal) mine.push(issueAt(n, 'unit', refusal));
      else unitId = (unit as UnitChoice).id;
    }

    const staffNo = cells.staffNo;
    if (staffNo && takenBy.has(staffNo)) mine.push(issueAt(n, 'staffNo', t('persons.importStaffNoTaken', { staffNo, name: takenBy.get(staffNo)! })));
    else if (staffNo && firstRowOf.has(staffNo)) mine.push(issueAt(n, 'staffNo', t('persons.importStaffNoRepeated', { row: firstRowOf.get(staffNo)! })));
    if (staffNo && !firstRowOf.has(staffNo)) firstRowOf.set(staffNo, n);

    const parsed = OnboardBody.safeParse({
      staffNo,
      name: cells.name,
      gender: cells.gender || null,
      phone: cells.phone || null,
      unitId,
      position: cells.position || null,
      startDate: normaliseDate(cells.startDate),
      note: cells.note || null,
    });
    if (!parsed.success) {
      for (const i of parsed.error.issues) {
        const key = COLUMN_OF_FIELD[i.path[0] as keyof OnboardInput] ?? 'staffNo';
        // Empty cells and units this row could not resolve were reported above, in the row's own words.
        if (empty.has(key) || key === 'unit') continue;
        // The contract's own Chinese text (it names the field) stays the message; the key says which rule failed.
        mine.push(cellIssue(n, personHeaderOf(key), schemaText(i.code, i as SchemaIssueDetails & { message: string })));
      }
    }
    issues.push(...mine);
    if (!mine.length && parsed.success) checked.push({ rowNumber: n, body: parsed.data });
  }
  return checked;
}
