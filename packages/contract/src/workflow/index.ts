export * from './transitions.ts';
export * from './target-transitions.ts';
export * from './supervision-transitions.ts';
