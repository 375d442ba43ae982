import { useQuery } from '@tanstack/react-query';
import {
  addAssessedUnits,
  createCategory,
  createYear,
  deleteCategory,
  listAssessedUnits,
  listCategories,
  listYears,
  removeAssessedUnit,
  updateCategory,
  updateYear,
} from '@jx/contract';
import { call } from './client';
import { categoryKeys, yearKeys } from './keys';
import { useRouteMutation } from './mutation';

export function useYears(enabled = true) {
  return useQuery({
    queryKey: yearKeys.list(),
    queryFn: ({ signal }) => call(listYears, { signal }),
    enabled,
  });
}

export function useCategories(yearId: string | undefined) {
  return useQuery({
    queryKey: categoryKeys.list(yearId ?? ''),
    queryFn: ({ signal }) => call(listCategories, { query: { yearId: yearId ?? '' }, signal }),
    enabled: !!yearId,
  });
}

export function useAssessedUnits(yearId: string | undefined, categoryId?: string) {
  return useQuery({
    queryKey: categoryKeys.assessed(yearId ?? '', categoryId),
    queryFn: ({ signal }) => call(listAssessedUnits, { query: { yearId: yearId ?? '', categoryId }, signal }),
    enabled: !!yearId,
  });
}

export const useCreateYear = () => useRouteMutation(createYear, [yearKeys.all]);
export const useUpdateYear = () => useRouteMutation(updateYear, [yearKeys.all]);
export const useCreateCategory = () => useRouteMutation(createCategory, [categoryKeys.all]);
export const useUpdateCategory = () => useRouteMutation(updateCategory, [categoryKeys.all]);
export const useDeleteCategory = () => useRouteMutation(deleteCategory, [categoryKeys.all]);
export const useAddAssessedUnits = () => useRouteMutation(addAssessedUnits, [categoryKeys.all]);
export const useRemoveAssessedUnit = () => useRouteMutation(removeAssessedUnit, [categoryKeys.all]);
