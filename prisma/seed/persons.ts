// Persons (人员) and their assignment history (任职记录).
// Every active person has exactly one open assignment in the unit `Person.unitId` points at; a few have
// a transfer (调动) behind them and three have left (离职), so the history pages have something to show.
import { AssignmentEndReason, PersonStatus, UnitKind } from '../../packages/db/src/generated/prisma/client.ts';
import { createNameGenerator, type Gender } from './names.ts';
import { createRng, dateBetween, day, stableId, type Rng } from './random.ts';
import { ALL_UNITS, CHILD_UNITS, LADDERS, type UnitSeed } from './units.ts';

export interface PersonSeed {
  id: string;
  staffNo: string;
  name: string;
  gender: Gender;
  phone: string;
  position: string;
  status: PersonStatus;
  unitId: string | null;
}

export interface AssignmentSeed {
  id: string;
  personId: string;
  unitId: string;
  position: string;
  startDate: Date;
  endDate: Date | null;
  endReason: AssignmentEndReason | null;
  note: string | null;
}

export interface PersonsSeed {
  persons: PersonSeed[];
  assignments: AssignmentSeed[];
  /** The first active person of a unit holding a position (throws when there is none). */
  find(unitCode: string, position: string): PersonSeed;
}

const TRANSFERS = 5;
const DEPARTURES: { note: string; withTransfer: boolean }[] = [
  { note: '退休', withTransfer: false },
  { note: '辞职', withTransfer: true },
  { note: '调出交通运输系统', withTransfer: false },
];

function staffNo(n: number): string {
  return `P${String(n).padStart(5, '0')}`;
}

/** How a unit is named in a history note: a city bureau by its full name (成都市交通运输局), others by short name. */
function label(unit: UnitSeed): string {
  return unit.kind === UnitKind.CITY_BUREAU ? unit.name : unit.shortName;
}

function ladderOf(unit: UnitSeed): readonly string[] {
  return LADDERS[unit.ladder];
}

/** Builds the whole person data set for the seed year. Pure: the same `year` gives the same result. */
export function buildPersons(year: number): PersonsSeed {
  const rng = createRng('persons');
  const nextName = createNameGenerator(createRng('names'));
  const phoneRng = createRng('phones');
  const usedPhones = new Set<string>();
  const nextPhone = () => {
    for (;;) {
      const phone = `138${String(phoneRng.int(0, 99_999_999)).padStart(8, '0')}`;
      if (!usedPhones.has(phone)) {
        usedPhones.add(phone);
        return phone;
      }
    }
  };

  const persons: PersonSeed[] = [];
  const assignments: AssignmentSeed[] = [];
  const unitOfPerson = new Map<string, UnitSeed>();
  const rungOfPerson = new Map<string, number>();
  let counter = 0;

  const newPerson = (unit: UnitSeed | null, position: string, status: PersonStatus): PersonSeed => {
    const no = staffNo(++counter);
    const { name, gender } = nextName();
    const p: PersonSeed = { id: stableId('person', no), staffNo: no, name, gender, phone: nextPhone(), position, status, unitId: unit?.id ?? null };
    persons.push(p);
    return p;
  };
  const addAssignment = (p: PersonSeed, a: Omit<AssignmentSeed, 'id' | 'personId'>) => {
    const k = assignments.filter((x) => x.personId === p.id).length + 1;
    assignments.push({ id: stableId('assignment', `${p.staffNo}:${k}`), personId: p.id, ...a });
  };

  // 1. Staff of every unit, following the unit's position ladder. Heads took office more recently than most staff.
  for (const unit of ALL_UNITS) {
    const ladder = ladderOf(unit);
    const n = rng.int(unit.staff[0], Math.min(unit.staff[1], ladder.length));
    for (let i = 0; i < n; i++) {
      const position = ladder[i]!;
      const p = newPerson(unit, position, PersonStatus.ACTIVE);
      unitOfPerson.set(p.id, unit);
      rungOfPerson.set(p.id, i);
      const from = i < 3 ? day(year - 6, 1, 1) : day(year - 15, 1, 1);
      addAssignment(p, { unitId: unit.id, position, startDate: dateBetween(rng, from, day(year - 1, 12, 31)), endDate: null, endReason: null, note: null });
    }
  }

  // 2. Transfers (调动): a few staff came from another unit; their previous assignment is closed with TRANSFER.
  const candidates = persons.filter((p) => {
    const u = unitOfPerson.get(p.id)!;
    return u.kind !== UnitKind.ENTERPRISE && u.code !== 'ROOT' && rungOfPerson.get(p.id)! >= 3;
  });
  const transferred = new Set<string>();
  const touchedUnits = new Set<string>();
  while (transferred.size < TRANSFERS) {
    const p = rng.pick(candidates);
    const to = unitOfPerson.get(p.id)!;
    if (transferred.has(p.id) || touchedUnits.has(to.id)) continue;
    transferred.add(p.id);
    touchedUnits.add(to.id);
    const from = pickOtherUnit(rng, to);
    const current = assignments.find((a) => a.personId === p.id && a.endDate === null)!;
    const moved = dateBetween(rng, day(year - 2, 3, 1), day(year - 1, 10, 31));
    const previousStart = dateBetween(rng, day(year - 10, 1, 1), day(year - 3, 12, 31));
    // Rewrite the person's history as: previous unit → (transfer) → current unit.
    assignments.splice(assignments.indexOf(current), 1);
    addAssignment(p, {
      unitId: from.id,
      position: rng.pick(ladderOf(from).slice(3)),
      startDate: previousStart,
      endDate: moved,
      endReason: AssignmentEndReason.TRANSFER,
      note: `调任${label(to)}`,
    });
    addAssignment(p, { unitId: to.id, position: current.position, startDate: moved, endDate: null, endReason: null, note: `由${label(from)}调入` });
  }

  // 3. Departures (离职): three former staff with closed histories and no unit.
  for (const d of DEPARTURES) {
    const last = rng.pick(CHILD_UNITS.filter((u) => u.kind !== UnitKind.ENTERPRISE));
    const position = rng.pick(ladderOf(last).slice(1, 6));
    const p = newPerson(null, position, PersonStatus.DEPARTED);
    const left = dateBetween(rng, day(year - 1, 3, 1), day(year - 1, 11, 30));
    let start = dateBetween(rng, day(year - 20, 1, 1), day(year - 8, 12, 31));
    if (d.withTransfer) {
      const first = pickOtherUnit(rng, last);
      const moved = dateBetween(rng, day(year - 6, 1, 1), day(year - 3, 12, 31));
      addAssignment(p, {
        unitId: first.id,
        position: rng.pick(ladderOf(first).slice(3)),
        startDate: start,
        endDate: moved,
        endReason: AssignmentEndReason.TRANSFER,
        note: `调任${label(last)}`,
      });
      start = moved;
    }
    addAssignment(p, { unitId: last.id, position, startDate: start, endDate: left, endReason: AssignmentEndReason.DEPART, note: d.note });
  }

  const find = (unitCode: string, position: string): PersonSeed => {
    const unit = ALL_UNITS.find((u) => u.code === unitCode);
    const p = unit && persons.find((x) => x.unitId === unit.id && x.position === position && x.status === PersonStatus.ACTIVE);
    if (!p) throw new Error(`seed: no ${position} in ${unitCode}`);
    return p;
  };

  // Keep assignments grouped by person and in date order, as the history pages list them.
  assignments.sort((a, b) => a.personId.localeCompare(b.personId) || a.startDate.getTime() - b.startDate.getTime());
  return { persons, assignments, find };
}

/** Another unit a person plausibly came from: the same kind or a 厅直单位 / 厅机关处室, never an enterprise. */
function pickOtherUnit(rng: Rng, than: UnitSeed): UnitSeed {
  const pool = CHILD_UNITS.filter((u) => u.id !== than.id && (u.kind === than.kind || u.kind === UnitKind.DIRECT_UNIT || u.kind === UnitKind.HQ_DIVISION));
  return rng.pick(pool);
}
