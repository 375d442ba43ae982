import { Tag } from 'antd';
import {
  approveTarget,
  canStartFrom,
  TARGET_TRANSITIONS,
  type TargetAction,
  cancelTargetRevision,
  deleteTarget,
  publishTarget,
  returnTarget,
  reviseTarget,
  submitTarget,
  updateTarget,
  type Role,
  type Target,
  type TargetStatus,
} from '@jx/contract';
import { canCall } from '../../auth/access';
import { useYearPick } from '../../components/useYearPick';
import { YearPicker } from '../../components/YearPicker';
import { useT } from '../../locales';

export const STATUS_COLORS: Record<TargetStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  APPROVED: 'cyan',
  RETURNED: 'error',
  PUBLISHED: 'success',
};

export function TargetStatusTag({ status }: { status: TargetStatus }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLORS[status]} data-status={status}>
      {t(`targets.statuses.${status}`)}
    </Tag>
  );
}

/** Unit roles work on their own unit only: the unit pickers are fixed to it. */
export function isUnitOnly(roles: readonly Role[]): boolean {
  return roles.every((r) => r === 'UNIT_ADMIN' || r === 'UNIT_STAFF');
}

/** The years, the chosen one (default: the one in progress) and a picker for the page header. */
export function useYearChoice(initial?: string) {
  const t = useT();
  const { pickerProps, ...choice } = useYearPick(
    { label: t('targets.year'), placeholder: t('targets.yearPlaceholder'), testId: 'target-year-select' },
    initial,
  );
  return { ...choice, picker: <YearPicker {...pickerProps} /> };
}

export type { TargetAction };

const ACTION_ROUTES = {
  edit: updateTarget,
  submit: submitTarget,
  approve: approveTarget,
  return: returnTarget,
  publish: publishTarget,
  revise: reviseTarget,
  cancelRevision: cancelTargetRevision,
  delete: deleteTarget,
} as const;

/** 撤销修订 only while a revision is in progress (published before); 删除 only for a target never published. */
const NEEDS_PUBLISHED: Partial<Record<TargetAction, boolean>> = { cancelRevision: true, delete: false };

export const ACTION_ORDER = Object.keys(TARGET_TRANSITIONS) as readonly TargetAction[];

/**
 * The actions the roles may call and the target's state allows (TARGET_TRANSITIONS, the table the server runs); the
 * server still checks the scope.
 */
export function allowedActions(target: Pick<Target, 'status' | 'publishedRevisionNo' | 'origin'>, roles: readonly Role[]): TargetAction[] {
  return ACTION_ORDER.filter((a) => {
    const needsPublished = NEEDS_PUBLISHED[a];
    if (needsPublished !== undefined && needsPublished !== (target.publishedRevisionNo !== null)) return false;
    // A target handed down (下达 / 专项工作) is deleted by the department or the office, not by the unit.
    if (a === 'delete' && target.origin !== 'DECLARED' && isUnitOnly(roles)) return false;
    return canStartFrom(TARGET_TRANSITIONS, a, target.status) && canCall(ACTION_ROUTES[a], roles);
  });
}
