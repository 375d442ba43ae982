import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, ImportErrorDetailsSchema, importTargets, type ImportErrorDetails } from '@jx/contract';
import { call } from '../../../api/client';
import { targetKeys } from '../../../api/keys';

/** Uploads a filled template (multipart: file, yearId); on success the target lists reload. */
export function useTargetImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: [importTargets.id],
    mutationFn: ({ yearId, file }: { yearId: string; file: File }) => {
      const form = new FormData();
      form.append('yearId', yearId);
      form.append('file', file, file.name);
      return call(importTargets, { formData: form });
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: targetKeys.all }),
  });
}

/** The per-row problems of a rejected import, when the error is one. */
export function importErrorDetails(error: unknown): ImportErrorDetails | null {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION_FAILED') return null;
  const parsed = ImportErrorDetailsSchema.safeParse(error.details);
  return parsed.success ? parsed.data : null;
}
