import type { Person, PersonAssignment, Prisma } from '@jx/db';
import { formatDate } from '../../lib/dates.ts';

type PersonRow = Person & { unit: { name: string } | null };
type AssignmentRow = PersonAssignment & { unit: { name: string } };

export const toPersonDto = (p: PersonRow) => ({
  id: p.id,
  staffNo: p.staffNo,
  name: p.name,
  gender: p.gender,
  phone: p.phone,
  position: p.position,
  status: p.status,
  unitId: p.unitId,
  unitName: p.unit?.name ?? null,
  version: p.version,
  updatedAt: p.updatedAt.toISOString(),
});

export const toPersonDetailDto = (p: PersonRow & { assignments: AssignmentRow[] }) => ({
  ...toPersonDto(p),
  assignments: p.assignments.map((a) => ({
    id: a.id,
    unitId: a.unitId,
    unitName: a.unit.name,
    position: a.position,
    startDate: formatDate(a.startDate),
    endDate: a.endDate ? formatDate(a.endDate) : null,
    endReason: a.endReason,
    note: a.note,
  })),
});

export const auditablePerson = (p: Person) => ({
  staffNo: p.staffNo,
  name: p.name,
  gender: p.gender,
  phone: p.phone,
  position: p.position,
  status: p.status,
  unitId: p.unitId,
});

export const personDetailInclude = {
  unit: { select: { name: true } },
  assignments: { include: { unit: { select: { name: true } } }, orderBy: [{ startDate: 'desc' as const }, { createdAt: 'desc' as const }] },
} satisfies Prisma.PersonInclude;
