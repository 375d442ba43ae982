import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { departPerson, getPerson, importPersons, listPersons, onboardPerson, transferPerson, updatePerson } from '@jx/contract';
import { call, type QueryInput } from './client';
import { accountKeys, personKeys } from './keys';
import { useRouteMutation } from './mutation';

export function usePersons(query: QueryInput<typeof listPersons>, enabled = true) {
  return useQuery({
    queryKey: personKeys.list(query),
    queryFn: ({ signal }) => call(listPersons, { query, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function usePerson(id: string | undefined) {
  return useQuery({
    queryKey: personKeys.detail(id ?? ''),
    queryFn: ({ signal }) => call(getPerson, { params: { id: id ?? '' }, signal }),
    enabled: !!id,
  });
}

export const useOnboardPerson = () => useRouteMutation(onboardPerson, [personKeys.all]);
export const useUpdatePerson = () => useRouteMutation(updatePerson, [personKeys.all, accountKeys.all]);
export const useTransferPerson = () => useRouteMutation(transferPerson, [personKeys.all, accountKeys.all]);
export const useDepartPerson = () => useRouteMutation(departPerson, [personKeys.all, accountKeys.all]);

/** Uploads a filled 新进人员 template (multipart: file); on success the person lists reload. */
export function usePersonImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: [importPersons.id],
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return call(importPersons, { formData: form });
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: personKeys.all }),
  });
}
