import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE_URL, E2E_NOW, E2E_PORT } from './e2e/support/env';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  throw new Error(
    `端到端测试需要 Chromium，但 ${chromium} 不存在。\n` +
      '请安装：sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk\n' +
      '或用 CHROMIUM_PATH 指向已安装的 Chromium。',
  );
}
const dataDir = join(tmpdir(), `jx-e2e-${E2E_PORT}`);

export default defineConfig({
  testDir: 'e2e',
  // tools/calendar-check.mjs runs shuffled copies of the specs (calendar-NN-*.spec.ts) instead of the specs themselves.
  testMatch: process.env.E2E_TEST_MATCH ?? '**/*.spec.ts',
  testIgnore: process.env.E2E_TEST_MATCH ? [] : ['**/calendar-*.spec.ts'],
  // Specs keep to their own data, so they may run side by side (E2E_WORKERS=2); one worker by default.
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 1),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: BASE_URL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // The app then opens dialogs and menus without animating, so a click never lands on a dialog still zooming in.
    reducedMotion: 'reduce',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    // A fresh demo database for every run (the data directory is wiped first), seeded as of the pinned instant, on a
    // server whose clock starts there: the run sees the same calendar whatever day it is. The server is the compiled
    // production build with two HTTP workers, as `pnpm start` runs it.
    command: `rm -rf ${dataDir} && apps/api/node_modules/.bin/tsx apps/api/build.ts && node apps/api/dist/server.js`,
    env: {
      WEB_CONCURRENCY: process.env.E2E_WEB_CONCURRENCY ?? '2',
      PORT: String(E2E_PORT),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      APP_MODE: 'demo',
      LOG_LEVEL: 'warn',
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
      CLOCK_START: E2E_NOW,
    },
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
