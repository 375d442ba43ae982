export * from './subject.ts';
export * from './target-policy.ts';
export * from './order-policy.ts';
export * from './adjustment-policy.ts';
