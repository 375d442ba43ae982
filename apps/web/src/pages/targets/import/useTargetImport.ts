import { useMutation, useQueryClient } from '@tanstack/react-query';
import { importTargets } from '@jx/contract';
import { call } from '../../../api/client';
import { targetKeys } from '../../../api/keys';

/** Uploads a filled template of the year (multipart: file, yearId); on success the target lists reload. */
export function useTargetImport(yearId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: [importTargets.id],
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('yearId', yearId);
      form.append('file', file, file.name);
      return call(importTargets, { formData: form });
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: targetKeys.all }),
  });
}
