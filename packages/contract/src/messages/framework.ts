/** The indicator framework: target types, indicators, weights, copying a year's framework. */
export const FRAMEWORK_MESSAGES = {
} as const;
