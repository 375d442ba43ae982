import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblems, verifyPassword } from './passwords.ts';
import type { KnownAboutAccount } from './password-strength.ts';

/** A 成都 unit account in 2026, as the policy sees it. */
const known: KnownAboutAccount = {
  username: 'zhang.san',
  displayName: '张三',
  personName: '张三',
  unitName: '成都市交通运输局',
  organisationName: '四川省交通运输厅',
  year: 2026,
};

describe('password policy', () => {
  it('accepts 8+ characters from three classes that are hard to guess', async () => {
    expect(await passwordProblems('Lushan#2027', known)).toEqual([]);
    expect(await passwordProblems('Kq7#vLm2!xRt', known, 3)).toEqual([]);
  });
  it('names each problem', async () => {
    expect(await passwordProblems('Ab1!', known)).toEqual(expect.arrayContaining([expect.stringContaining('8')]));
    expect(await passwordProblems('abcdefgh12', known)).toEqual([expect.stringContaining('三类')]);
    expect(await passwordProblems('P@ssw0rd', known)).toEqual([expect.stringContaining('常见')]);
    expect(await passwordProblems('Zhang.san2026', known)).toEqual([expect.stringContaining('用户名')]);
  });
  it('refuses passwords that pass the character rules but are easy to guess (the security review’s list)', async () => {
    for (const weak of ['Welcome@2026', 'Sichuan@2026', 'Chengdu@2026', 'P@ssw0rd2026', 'Zxcvbnm@123', 'Qaz@123456', 'Summer2026!', 'Aa1!Aa1!', '12345678Aa']) {
      const problems = await passwordProblems(weak, known, 3);
      expect(problems, weak).toHaveLength(1);
      expect(problems[0], weak).toMatch(/^密码(太容易被猜到|过于常见)/);
    }
  });
  it('counts what is known of the account: its names and its unit’s, in pinyin too', async () => {
    expect(await passwordProblems('Zhangsan#1990', known, 3)).toEqual([expect.stringContaining('本人、本单位')]);
    // The same shape with nothing of the account in it is fine.
    expect(await passwordProblems('Qilinhu#1990x', known, 3)).toEqual([]);
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
