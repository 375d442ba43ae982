import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LoginBody, TotpCodeSchema } from '@jx/contract';
import { loadMessages, setActiveLocale } from '../../locales';
import { schemaError } from './zodRule';

describe('a field checked with its contract schema', () => {
  beforeAll(() => loadMessages('en-US', 'signIn'));
  afterEach(() => setActiveLocale('zh-CN'));

  it('passes, or says the first rule it breaks with the schema’s own message', () => {
    expect(schemaError(LoginBody.shape.username, 'admin')).toBeUndefined();
    expect(schemaError(TotpCodeSchema, '12345')).toBe('动态口令为 6 位数字');
    expect(schemaError(TotpCodeSchema, '123456')).toBeUndefined();
  });

  it('reads an empty or blank text box as a missing value, which it calls required', () => {
    expect(schemaError(LoginBody.shape.password, '')).toBe('请输入密码');
    expect(schemaError(LoginBody.shape.username, '   ')).toBe(schemaError(LoginBody.shape.username, undefined));
    setActiveLocale('en-US');
    expect(schemaError(LoginBody.shape.password, '')).toBe('Required');
  });
});
