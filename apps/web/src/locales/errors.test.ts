import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ERROR_MESSAGES, guardInput, RebalanceWeightsBody, ResponsibleInputSchema } from '@jx/contract';

const ID = '00000000-0000-4000-8000-000000000001';
import { loadMessages, localizeSchemaIssue, localizeServerText, setActiveLocale } from '.';
import { zhCN } from './zh-CN';
import { enUS } from './en-US';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('server error messages in the catalogues', () => {
  it('both catalogues say every key of the contract’s registry, and nothing else', () => {
    const keys = Object.keys(ERROR_MESSAGES).sort();
    expect(Object.keys(zhCN.errors).sort()).toEqual(keys);
    expect(Object.keys(enUS.errors).sort()).toEqual(keys);
  });
  it('the English text uses exactly the parameters the Chinese one does', () => {
    for (const [key, zh] of Object.entries(ERROR_MESSAGES)) {
      expect(placeholders(enUS.errors[key as keyof typeof enUS.errors]), key).toEqual(placeholders(zh));
    }
  });
});

describe('server errors in the user’s language', () => {
  // What the login page loads for English: the server's error texts are part of it.
  beforeAll(() => loadMessages('en-US', 'signIn'));
  afterEach(() => setActiveLocale('zh-CN'));

  it('zh-CN shows the server’s Chinese text as it came; en-US says the key with its parameters and entity in English', () => {
    const notFound = { key: 'common.notFound', params: { entity: 'supervisionOrder' } };
    expect(localizeServerText(notFound, '督办单不存在')).toBe('督办单不存在');
    setActiveLocale('en-US');
    expect(localizeServerText(notFound, '督办单不存在')).toBe('The supervision order does not exist');
    expect(localizeServerText({ key: 'no.suchKey' }, '原文')).toBe('原文');
    const field = { key: 'validation.fieldInvalid', params: { requestPart: 'body', path: 'name', detail: { key: 'validation.tooLong', params: { max: 50 } } } };
    expect(localizeServerText(field, '请求内容有误：name 单位名称不能超过 50 个字')).toBe('Invalid request body: name: At most 50 characters');
  });

  it('a form field checked with a contract schema says the schema’s rule in English', () => {
    setActiveLocale('en-US');
    const tooLong = z.string().max(5, '不能超过 5 个字').safeParse('abcdefg');
    expect(localizeSchemaIssue(tooLong.error!.issues[0]!)).toBe('At most 5 characters');
    const guarded = guardInput(z.string()).safeParse('a\u0000b');
    expect(localizeSchemaIssue(guarded.error!.issues[0]!)).toBe('Must not contain the NUL character (U+0000)');
    const sum = RebalanceWeightsBody.safeParse({ yearId: ID, parentId: null, weights: [{ id: ID, weight: '60', version: 1 }] });
    expect(localizeSchemaIssue(sum.error!.issues[0]!)).toBe('Sibling indicator weights must add up to 100%; now they add up to 60.00%');
    expect(sum.error!.issues[0]!.message).toBe('同级指标权重合计须为 100%，当前为 60.00%');
    const share = ResponsibleInputSchema.shape.share.safeParse('12.345');
    expect(localizeSchemaIssue(share.error!.issues[0]!)).toBe('The share has at most two decimals');
    expect(share.error!.issues[0]!.message).toBe('份额最多保留两位小数');
  });
});
