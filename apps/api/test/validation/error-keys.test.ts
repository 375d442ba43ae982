import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES, ERROR_STATUS, formatMessage } from '@jx/contract';
import { createTestApp } from '../helpers/app.ts';
import { DEMO_PASSWORD } from '../helpers/constants.ts';

/** Every error names its catalogue key and parameters beside the Chinese text, and has the one status of its code. */
describe('error codes with parameters', async () => {
  const t = await createTestApp();

  it('a wrong password: the key, the attempts left as a parameter, and the Chinese text made from them', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'leader', password: 'Wrong#pass1' } });
    const error = res.json().error;
    expect(res.statusCode).toBe(ERROR_STATUS.INVALID_CREDENTIALS);
    expect(error).toMatchObject({ code: 'INVALID_CREDENTIALS', key: 'auth.invalidCredentials', params: { attemptsLeft: 4 } });
    expect(error.message).toBe(formatMessage(ERROR_MESSAGES['auth.invalidCredentials'], { attemptsLeft: 4 }));
  });

  it('schema issues carry a key by their kind, and keep the contract’s Chinese text naming the field', async () => {
    const res = await t.as('admin')({ method: 'POST', url: '/api/units', payload: { code: 'X', name: '', kind: 'NOPE', extra: 1 } });
    expect(res.statusCode).toBe(400);
    const byPath = Object.fromEntries(res.json().error.details.issues.map((i: { path: string }) => [i.path, i]));
    expect(byPath.name).toMatchObject({ key: 'validation.required', message: '请填写单位名称' });
    expect(byPath.kind).toMatchObject({ key: 'validation.invalidOption' });
    expect(byPath.extra).toMatchObject({ key: 'validation.unknownField' });
    // The whole error: the first field's problem in the user's language; in Chinese, the contract's own text.
    const first = res.json().error.details.issues[0];
    expect(res.json().error).toMatchObject({ key: 'validation.fieldInvalid', params: { requestPart: 'body', path: first.path, detail: { key: first.key } } });
    expect(res.json().error.message).toBe(`请求内容有误：${first.path} ${first.message}`);
  });

  it('not found, a stale version and an unknown route name their keys too', async () => {
    const missing = await t.as('admin')({ method: 'GET', url: '/api/accounts/00000000-0000-4000-8000-000000000000' });
    expect(missing.json().error).toMatchObject({ code: 'NOT_FOUND', key: 'common.notFound', params: { entity: 'account' }, message: '账户不存在' });
    const route = await t.as('admin')({ method: 'GET', url: '/api/nowhere' });
    expect(route.json().error).toMatchObject({ key: 'common.routeNotFound', params: { method: 'GET', path: '/api/nowhere' } });
  });

  it('a guessable new password names zxcvbn’s warning as a label both languages have, the Chinese text unchanged', async () => {
    const { token } = await t.login('party');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/change-password',
      headers: { authorization: `Bearer ${token}` },
      payload: { currentPassword: DEMO_PASSWORD, newPassword: 'Qwertyuiop@1' },
    });
    const error = res.json().error;
    expect(error).toMatchObject({ code: 'PASSWORD_POLICY', key: 'auth.passwordGuessable', params: { strengthWarning: expect.any(String) } });
    expect(`strengthWarning.${error.params.strengthWarning}` in ERROR_MESSAGES).toBe(true);
    expect(error.message).toMatch(/^密码太容易被猜到（强度 \d\/4，至少需要 \d）：.+。请使用更长、无规律的组合$/);
    expect(error.details.issues[0]).toMatchObject({ path: 'newPassword', key: 'auth.passwordGuessable', message: error.message });
  });

  it('a wrong current password names the credential by a label, not in Chinese', async () => {
    const { token } = await t.login('integrity');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/change-password',
      headers: { authorization: `Bearer ${token}` },
      payload: { currentPassword: 'Not#TheRight1', newPassword: 'Kq7#vLm2!xRt' },
    });
    expect(res.json().error.details.issues[0]).toMatchObject({ key: 'auth.credentialWrong', params: { credential: 'currentPassword', attemptsLeft: 4 } });
    expect(res.json().error.message).toBe('当前密码不正确（再错 4 次账户将被锁定）');
  });
});
