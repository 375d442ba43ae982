import { describe, expect, it } from 'vitest';
import type { SessionUser, TargetDetail } from '@jx/contract';
import { canReportOn, canUploadDocuments, isResponsible } from './permissions';

const CD = 'unit-chengdu';
const responsible = { personId: 'person-zhang-1', personName: '张伟', shareBp: 10_000, share: '100%' };

function staff(personId: string | null, displayName = '张伟'): SessionUser {
  return {
    id: 'account-1',
    username: 'staff',
    displayName,
    personId,
    roles: ['UNIT_STAFF'],
    unitId: CD,
    unitName: '成都市交通运输局',
    mustChangePassword: false,
    passwordExpired: false,
    passwordExpiresAt: '2026-06-01T00:00:00.000Z',
    portfolioUnitIds: [],
    portfolioTargetTypeIds: [],
    totpEnabled: false,
    mfaEnrollmentRequired: false,
    version: 1,
  };
}

/** A published target of 成都 whose plan in force names `responsible`; only the fields the rules read. */
const target = { unitId: CD, publishedRevisionNo: 1, responsibles: [responsible], published: { responsibles: [responsible] } } as unknown as TargetDetail;

describe('who counts as a responsible person (负责人)', () => {
  it('is the account whose person is named, whatever the display name', () => {
    const own = staff('person-zhang-1', '张伟（安全科）');
    expect(isResponsible(own, [responsible])).toBe(true);
    expect(canReportOn(own, target)).toBe(true);
    expect(canUploadDocuments(own, target)).toBe(true);
  });

  it('is not another person who happens to have the same name', () => {
    const namesake = staff('person-zhang-2', '张伟');
    expect(isResponsible(namesake, [responsible])).toBe(false);
    expect(canReportOn(namesake, target)).toBe(false);
    expect(canUploadDocuments(namesake, target)).toBe(false);
  });

  it('is never an account without a person', () => {
    expect(isResponsible(staff(null), [responsible])).toBe(false);
  });
});
