import type { SupervisionStatus } from '../routes/execution.ts';
import { defineTransitions } from './transitions.ts';

/** 督办单: the unit answers (回复), then the issuer closes it (办结) or sends it back for another answer (退回). */
export const ORDER_TRANSITIONS = defineTransitions<SupervisionStatus, 'respond' | 'close' | 'reject'>({
  respond: { from: ['OPEN'], to: 'RESPONDED' },
  close: { from: ['RESPONDED'], to: 'CLOSED' },
  reject: { from: ['RESPONDED'], to: 'OPEN' },
});
export type OrderAction = keyof typeof ORDER_TRANSITIONS;
