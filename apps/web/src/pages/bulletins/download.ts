import { downloadBulletinPdf, exportBulletin, getBulletinPrint, type DownloadedFile } from '@jx/contract';
import { call } from '../../api/client';
import { saveBlob } from '../../utils/saveBlob';

/** The bulletin's PDF or Excel, downloaded with the session's token (never a token in a URL). */
export async function downloadBulletin(id: string, kind: 'pdf' | 'xlsx') {
  const file = (await call(kind === 'pdf' ? downloadBulletinPdf : exportBulletin, { params: { id } })) as unknown as DownloadedFile;
  saveBlob(file.blob, file.fileName ?? `考核通报.${kind}`);
}

/** The print page's HTML (A4), the same the PDF is rendered from. */
export async function bulletinPrintHtml(id: string): Promise<string> {
  const file = (await call(getBulletinPrint, { params: { id } })) as unknown as DownloadedFile;
  return file.blob.text();
}
