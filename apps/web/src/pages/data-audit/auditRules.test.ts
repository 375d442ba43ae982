import { beforeAll, describe, expect, it } from 'vitest';
import { auditActions, blockedBecauseClosed, eventActionLabel } from './auditRules';
import { loadAllMessages, translate, type MessageKey } from '../../locales';

const t = (key: MessageKey) => translate('zh-CN', key);

beforeAll(() => loadAllMessages('zh-CN'));

describe('data audit record actions', () => {
  it('offer what the transition table allows: submit a draft, return an archived record, void what is not archived', () => {
    expect(auditActions({ status: 'DRAFT' })).toEqual(['submit', 'void']);
    expect(auditActions({ status: 'SUBMITTED' })).toEqual(['void']);
    expect(auditActions({ status: 'ARCHIVED' })).toEqual(['return']);
    expect(auditActions({ status: 'RETURNED' })).toEqual(['void']);
    expect(auditActions({ status: 'VOIDED' })).toEqual([]);
  });

  it('submitting waits for an open process; returning and voiding do not', () => {
    expect(blockedBecauseClosed({ processStatus: 'CLOSED' }, 'submit')).toBe(true);
    expect(blockedBecauseClosed({ processStatus: 'OPEN' }, 'submit')).toBe(false);
    expect(blockedBecauseClosed({ processStatus: 'CLOSED' }, 'return')).toBe(false);
  });

  it('names audit actions, the creating save included, and leaves unknown ones as they are', () => {
    expect(eventActionLabel(t, 'records.create')).toBe('新建');
    expect(eventActionLabel(t, 'records.return')).toBe('退档');
    expect(eventActionLabel(t, 'records.import')).toBe('Excel 导入');
    expect(eventActionLabel(t, 'records.unknown')).toBe('records.unknown');
  });
});
