import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '@jx/contract';
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
