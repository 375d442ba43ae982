export * from './periods.ts';
export * from './warning.ts';
export * from './working-days.ts';
export * from './execution-state.ts';
export * from './pending-reports.ts';
