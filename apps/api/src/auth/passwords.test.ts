import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblems, verifyPassword } from './passwords.ts';

describe('password policy', () => {
  it('accepts 8+ characters from three classes', () => {
    expect(passwordProblems('Lushan#2027')).toEqual([]);
  });
  it('names each problem', () => {
    expect(passwordProblems('Ab1!')).toEqual(expect.arrayContaining([expect.stringContaining('8')]));
    expect(passwordProblems('abcdefgh12')).toEqual([expect.stringContaining('三类')]);
    expect(passwordProblems('P@ssw0rd')).toEqual([expect.stringContaining('常见')]);
    expect(passwordProblems('Zhang.san2026', 'zhang.san')).toEqual([expect.stringContaining('用户名')]);
  });
});

describe('argon2id hashing', () => {
  it('verifies the right password and refuses others', async () => {
    const h = await hashPassword('Lushan#2027');
    expect(h.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(h, 'Lushan#2027')).toBe(true);
    expect(await verifyPassword(h, 'Lushan#2028')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
  });
});
