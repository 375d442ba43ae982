import { describe, expect, it } from 'vitest';
import { format, lookup, type TFunction } from '../../../locales';
import { zhCN } from '../../../locales/zh-CN';
import { actionLabel } from './labels';

const t: TFunction = (key, vars) => format(lookup(zhCN, key) ?? key, vars);

describe('an audit action is named in Chinese', () => {
  it('by the summary of its contract route', () => {
    expect(actionLabel(t, 'announcements.create')).toMatchObject({ short: '新建公告', full: '新建公告（草稿）', known: true });
  });

  it('by the route a refused request was for, concrete path or pattern', () => {
    expect(actionLabel(t, 'POST /api/accounts/abc123/unlock').known).toBe(true);
    expect(actionLabel(t, 'POST /api/accounts/abc123/unlock').short).not.toMatch(/\/api\//);
    expect(actionLabel(t, 'GET /api/settings').short).toBe('系统设置');
  });

  it('by the audit catalogue for actions that are not routes', () => {
    expect(actionLabel(t, 'assessedUnits.move').short).toBe('考核对象移动类别');
  });

  it('as an unregistered action otherwise, keeping the raw text', () => {
    expect(actionLabel(t, 'GET /api/nowhere')).toEqual({ raw: 'GET /api/nowhere', short: '未登记的操作', full: '未登记的操作', known: false });
  });
});
