export * from './periods.ts';
export * from './warning.ts';
