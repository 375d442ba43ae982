import { createComment, type Target } from '@jx/contract';
import { useTargetTypes } from '../../api/units';
import { canCall } from '../../auth/access';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { canSuperviseTargetAs } from './permissions';

/** Whether the user may comment on and issue orders for this target (a department needs its type's owner). */
export function useCanSupervise(target: Pick<Target, 'unitId' | 'targetTypeId'>): boolean {
  const user = useCurrentUser();
  const supervisor = canCall(createComment, user.roles);
  const types = useTargetTypes(supervisor && user.roles.includes('FUNC_DEPT'));
  const owner = types.data?.find((ty) => ty.id === target.targetTypeId)?.ownerUnitId;
  return supervisor && canSuperviseTargetAs(user, target, owner);
}
