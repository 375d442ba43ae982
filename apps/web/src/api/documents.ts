import { useQueries, useQuery } from '@tanstack/react-query';
import {
  downloadDocument,
  getDocument,
  listReportDocuments,
  listTargetDocuments,
  uploadDocumentVersion,
  uploadReportDocument,
  uploadTargetDocument,
} from '@jx/contract';
import { saveBlob } from '../utils/saveBlob';
import { call } from './client';
import { documentKeys } from './keys';
import { useRouteMutation } from './mutation';

/** What the client returns for a `binary` route (the contract's DownloadedFile). */
interface DownloadedFile {
  blob: Blob;
  fileName: string | null;
}

/** 工作文档 of a target (the latest version of each). */
export function useTargetDocuments(targetId: string, enabled = true) {
  return useQuery({
    queryKey: documentKeys.forTarget(targetId),
    queryFn: ({ signal }) => call(listTargetDocuments, { params: { id: targetId }, signal }),
    enabled,
  });
}

/** 工作文档 attached to a progress report (the latest version of each). */
export function useReportDocuments(reportId: string | undefined) {
  return useQuery({
    queryKey: documentKeys.forReport(reportId ?? ''),
    queryFn: ({ signal }) => call(listReportDocuments, { params: { id: reportId ?? '' }, signal }),
    enabled: !!reportId,
  });
}

/** How many documents each report has (one small list request per report, shared with the report page's cache). */
export function useReportDocumentCounts(reportIds: readonly string[]): Map<string, number> {
  const results = useQueries({
    queries: reportIds.map((id) => ({
      queryKey: documentKeys.forReport(id),
      queryFn: ({ signal }: { signal: AbortSignal }) => call(listReportDocuments, { params: { id }, signal }),
    })),
  });
  const counts = new Map<string, number>();
  reportIds.forEach((id, i) => {
    const items = results[i]?.data?.items;
    if (items) counts.set(id, items.length);
  });
  return counts;
}

/** One document as a page: metadata, the sanitised html, warnings and the version list (`version`: that version of the series). */
export function useDocument(id: string | undefined, version: number | undefined) {
  return useQuery({
    queryKey: documentKeys.detail(id ?? '', version),
    queryFn: ({ signal }) => call(getDocument, { params: { id: id ?? '' }, query: version ? { version } : {}, signal }),
    enabled: !!id,
  });
}

/** The upload routes take `{ params, formData }` with the file in the part `file` and an optional `title`. */
export function documentFormData(file: File, title?: string): FormData {
  const fd = new FormData();
  if (title?.trim()) fd.append('title', title.trim());
  fd.append('file', file, file.name);
  return fd;
}

export const useUploadTargetDocument = () => useRouteMutation(uploadTargetDocument, [documentKeys.all]);
export const useUploadReportDocument = () => useRouteMutation(uploadReportDocument, [documentKeys.all]);
export const useUploadDocumentVersion = () => useRouteMutation(uploadDocumentVersion, [documentKeys.all]);

/** Fetches the original .docx with the access token (never a bare link) and saves it. */
export async function downloadDocumentFile(id: string, version: number | undefined, fallbackName: string): Promise<void> {
  const file = (await call(downloadDocument, { params: { id }, query: version ? { version } : {} })) as DownloadedFile;
  saveBlob(file.blob, file.fileName ?? fallbackName);
}
