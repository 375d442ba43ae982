import type { TargetStatus } from '../routes/targets.ts';
import { defineTransitions } from './transitions.ts';

/**
 * 年度目标: `DRAFT → SUBMITTED → APPROVED/RETURNED → PUBLISHED`; a published target changes through 修订 (back to
 * DRAFT with the published revision still in force) and 撤销修订 returns to the revision in force. `edit` and `delete`
 * are not state changes but are allowed only from the states listed.
 */
export const TARGET_TRANSITIONS = defineTransitions<
  TargetStatus,
  'edit' | 'submit' | 'approve' | 'return' | 'publish' | 'revise' | 'cancelRevision' | 'delete'
>({
  edit: { from: ['DRAFT', 'RETURNED'], to: null },
  submit: { from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED' },
  approve: { from: ['SUBMITTED'], to: 'APPROVED' },
  return: { from: ['SUBMITTED', 'APPROVED'], to: 'RETURNED' },
  publish: { from: ['APPROVED'], to: 'PUBLISHED' },
  revise: { from: ['PUBLISHED'], to: 'DRAFT' },
  cancelRevision: { from: ['DRAFT', 'RETURNED', 'SUBMITTED'], to: 'PUBLISHED' },
  delete: { from: ['DRAFT', 'RETURNED'], to: null },
});
export type TargetAction = keyof typeof TARGET_TRANSITIONS;
