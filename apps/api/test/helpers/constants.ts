import { beijingYear } from '../../src/lib/clock.ts';

export const TEMPLATE_DB = 'jx_template';
export const DEMO_PASSWORD = 'Demo#2026';

/**
 * The instant the API tier runs at: `TEST_NOW` (ISO 8601 with offset) or a working morning in March. Every test app's
 * fake clock starts here, whatever the real date is; `pnpm test` also runs the tier at a second instant (year end) to
 * show that nothing leans on one day of the calendar. Tests that need another moment set the clock themselves.
 */
export const TEST_START = new Date(process.env.TEST_NOW ?? '2026-03-02T09:00:00+08:00');
if (Number.isNaN(TEST_START.getTime())) throw new Error(`TEST_NOW is not an instant: ${process.env.TEST_NOW}`);
/** The demo year: the year TEST_START falls in (Beijing time). */
export const SEED_YEAR = beijingYear(TEST_START);
/** The seed's `now`, an hour before the tests start: passwords were set then. */
export const SEED_NOW = new Date(TEST_START.getTime() - 3_600_000);
