export const TEMPLATE_DB = 'jx_template';
export const SEED_YEAR = 2026;
export const DEMO_PASSWORD = 'Demo#2026';
/** The seed's `now`: passwords were set then, so tests start their clock shortly after. */
export const TEST_START = new Date(`${SEED_YEAR}-03-02T01:00:00Z`);
