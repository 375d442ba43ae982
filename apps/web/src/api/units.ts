import { useQuery } from '@tanstack/react-query';
import { activateUnit, createUnit, deactivateUnit, listTargetTypes, listUnits, updateUnit } from '@jx/contract';
import { call } from './client';
import { categoryKeys, unitKeys } from './keys';
import { useRouteMutation } from './mutation';

export function useUnitTree(includeInactive = false, enabled = true) {
  return useQuery({
    queryKey: unitKeys.tree(includeInactive),
    queryFn: ({ signal }) => call(listUnits, { query: { includeInactive: includeInactive ? 'true' : 'false' }, signal }),
    enabled,
    staleTime: 60_000,
  });
}

/** The active units without an active account (首页 基础数据健康 links to them). */
export function useUnitsWithoutAccounts(enabled: boolean) {
  return useQuery({
    queryKey: ['units', 'withoutAccounts'] as const,
    queryFn: ({ signal }) => call(listUnits, { query: { withoutAccounts: 'true' }, signal }),
    enabled,
  });
}

export function useTargetTypes(enabled = true) {
  return useQuery({
    queryKey: unitKeys.targetTypes(),
    queryFn: ({ signal }) => call(listTargetTypes, { signal }),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export const useCreateUnit = () => useRouteMutation(createUnit, [unitKeys.all]);
export const useUpdateUnit = () => useRouteMutation(updateUnit, [unitKeys.all, categoryKeys.all]);
export const useDeactivateUnit = () => useRouteMutation(deactivateUnit, [unitKeys.all]);
export const useActivateUnit = () => useRouteMutation(activateUnit, [unitKeys.all]);
