import type { FRAMEWORK_MESSAGES } from '@jx/contract';

/** The indicator framework: target types, indicators, weights, copying a framework. */
export const framework: Record<keyof typeof FRAMEWORK_MESSAGES, string> = {
};
