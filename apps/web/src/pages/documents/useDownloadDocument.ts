import { useState } from 'react';
import { downloadDocumentFile } from '../../api/documents';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';

/** Downloads an original .docx (blob fetch with the token) and remembers which one is in flight. */
export function useDownloadDocument() {
  const handleError = useApiErrorHandler();
  const [pendingId, setPendingId] = useState<string | null>(null);
  const run = (id: string, version: number | undefined, fileName: string) => {
    setPendingId(id);
    downloadDocumentFile(id, version, fileName)
      .catch((e: unknown) => handleError(e))
      .finally(() => setPendingId(null));
  };
  return { run, pendingId };
}
