import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LoginBody, ReasonBody, rejectAppeal, resetAssessmentProcess, TotpCodeSchema, waiveMissingInput } from '@jx/contract';
import { loadMessages, setActiveLocale } from '../../locales';
import { schemaError, textOrEmpty } from './zodRule';

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

  it('a reason box left untouched or blanked says the schema’s own required words, never a type error', () => {
    const reasons = [
      [ReasonBody.shape.reason, '请填写原因'],
      [resetAssessmentProcess.body!.shape.reason, '请填写重置原因'],
      [rejectAppeal.body!.shape.reason, '请填写不予采纳的理由'],
      [waiveMissingInput.body!.shape.reason, '请填写豁免原因'],
    ] as const;
    for (const [schema, required] of reasons) {
      for (const untouched of [undefined, null, '', '   ']) expect(schemaError(schema, untouched, textOrEmpty)).toBe(required);
      expect(schemaError(schema, '补录遗漏的考核记录', textOrEmpty)).toBeUndefined();
    }
  });
});
