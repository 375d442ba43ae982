import { describe, expect, it } from 'vitest';
import { catalogue, loadAllMessages, loadMessages } from './catalogues';
import { translate } from '.';

// One module state for the whole file: the steps run in order, as the app goes from the login page to the signed-in app.
describe('catalogue areas loaded as the screens need them', () => {
  it('zh-CN starts with the login page’s areas only; another area says its key until loaded', () => {
    expect(Object.keys(catalogue('zh-CN')).sort()).toEqual(['auth', 'common']);
    expect(translate('zh-CN', 'auth.login.title')).toBe('用户登录');
    expect(translate('zh-CN', 'units.title')).toBe('units.title');
  });

  it('English on the login page brings its areas and the server’s error texts, nothing of the signed-in app', async () => {
    expect(translate('en-US', 'auth.login.title')).toBe('用户登录'); // not loaded yet: zh-CN's text
    await loadMessages('en-US');
    expect(Object.keys(catalogue('en-US')).sort()).toEqual(['auth', 'common', 'errors']);
    expect(translate('en-US', 'auth.login.title')).toBe('Sign in');
  });

  it('the signed-in app loads every area, in its language and in any language chosen afterwards', async () => {
    await loadAllMessages('zh-CN');
    expect(translate('zh-CN', 'units.title')).not.toBe('units.title');
    expect(catalogue('en-US').units).toBeUndefined();
    await loadMessages('en-US');
    expect(translate('en-US', 'units.title')).not.toBe(translate('zh-CN', 'units.title'));
    expect(Object.keys(catalogue('en-US')).sort()).toEqual(Object.keys(catalogue('zh-CN')).sort());
  });
});
