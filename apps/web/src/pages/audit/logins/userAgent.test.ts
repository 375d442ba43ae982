import { describe, expect, it } from 'vitest';
import { describeUserAgent } from './userAgent';

describe('describeUserAgent', () => {
  it('names the browser with its major version and the system', () => {
    const chrome = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.7012.3 Safari/537.36';
    expect(describeUserAgent(chrome)).toBe('Chrome 156 · Windows 10');
  });

  it('reads a phone browser', () => {
    const wechat =
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN';
    expect(describeUserAgent(wechat)).toBe('WeChat 8 · iOS 17.4');
  });

  it('gives up on text that names neither', () => {
    expect(describeUserAgent('')).toBeNull();
  });
});
