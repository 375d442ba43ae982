import { describe, expect, it } from 'vitest';
import type { Subject } from '@jx/contract';
import { adjustmentActions, decidesAny, evidenceProblem, mayAttach, signedPoints } from './adjustmentRules';

const subject = (roles: Subject['roles'], unitId: string | null = 'u1'): Subject => ({
  accountId: 'a',
  roles,
  unitId,
  personId: null,
  portfolioUnitIds: [],
  portfolioTargetTypeIds: [],
});

describe('加减分 rules on the page', () => {
  it('the office approves or rejects a pending line only; nobody else decides', () => {
    expect(adjustmentActions({ status: 'PENDING' }, subject(['PERF_OFFICE']))).toEqual(['approve', 'reject']);
    expect(adjustmentActions({ status: 'APPROVED' }, subject(['PERF_OFFICE']))).toEqual([]);
    expect(adjustmentActions({ status: 'PENDING' }, subject(['FUNC_DEPT']))).toEqual([]);
    expect(decidesAny(subject(['PERF_OFFICE']))).toBe(true);
    expect(decidesAny(subject(['LEADER_MAIN']))).toBe(false);
  });

  it('evidence is added by the filing unit while the line is pending', () => {
    const line = { status: 'PENDING' as const, filedByUnitId: 'u1' };
    expect(mayAttach(subject(['FUNC_DEPT']), line)).toBe(true);
    expect(mayAttach(subject(['FUNC_DEPT'], 'u2'), line)).toBe(false);
    expect(mayAttach(subject(['FUNC_DEPT']), { ...line, status: 'APPROVED' })).toBe(false);
    expect(mayAttach(subject(['LEADER_MAIN']), line)).toBe(false);
  });

  it('points are signed by kind; a veto has none', () => {
    expect(signedPoints({ kind: 'BONUS', points: '2.00' })).toBe('+2.00');
    expect(signedPoints({ kind: 'DEDUCTION', points: '0.50' })).toBe('−0.50');
    expect(signedPoints({ kind: 'VETO', points: null })).toBeNull();
  });

  it('a chosen file is checked by its name and size before it is sent', () => {
    expect(evidenceProblem({ name: '说明.DOCX', size: 10 })).toBeNull();
    expect(evidenceProblem({ name: '照片.jpeg', size: 10 })).toBeNull();
    expect(evidenceProblem({ name: '说明.doc', size: 10 })).toEqual({ key: 'notAllowed' });
    expect(evidenceProblem({ name: '空.pdf', size: 0 })).toEqual({ key: 'empty' });
    expect(evidenceProblem({ name: '大.pdf', size: 21 * 1024 * 1024 })).toMatchObject({ key: 'tooLarge', max: '20.0 MB' });
  });
});
