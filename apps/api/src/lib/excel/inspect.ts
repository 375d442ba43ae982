import yauzl from 'yauzl';
import { t, type ErrorText } from '../errors.ts';
import { ImportRejectedError, fileIssue, importRejected } from './rejected.ts';
import { formatMb, type XlsxReadLimits } from './limits.ts';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** An OLE2 compound file: the old binary .xls (and .doc) format. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: number[]) => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
const fileError = (text: ErrorText) => importRejected([fileIssue(text)]);

/**
 * Refuses, before the workbook is parsed, what an import never reads: a file that is too large, a legacy .xls, a
 * macro-enabled workbook (.xlsm, or any package with a vbaProject part), anything that is not an xlsx package, and a
 * package whose declared content is too large or too many parts (a zip bomb). Only the central directory is read.
 */
export async function inspectXlsx(bytes: Buffer, fileName: string, limits: XlsxReadLimits): Promise<void> {
  const name = fileName.toLowerCase();
  if (bytes.length === 0) throw fileError(t('excel.fileEmpty'));
  if (bytes.length > limits.maxBytes) throw fileError(t('excel.fileTooLarge', { size: formatMb(bytes.length), max: formatMb(limits.maxBytes) }));
  if (name.endsWith('.xlsm') || name.endsWith('.xltm')) throw fileError(t('excel.macroEnabledName'));
  if (startsWith(bytes, OLE_MAGIC) || name.endsWith('.xls')) throw fileError(t('excel.legacyXls'));
  if (!name.endsWith('.xlsx')) throw fileError(t('excel.notXlsxName'));
  if (!startsWith(bytes, ZIP_MAGIC)) throw fileError(t('excel.notZip'));

  const names = await centralDirectory(bytes, limits).catch((e: unknown) => {
    if (e instanceof ImportRejectedError) throw e;
    throw fileError(t('excel.corrupt'));
  });
  if (names.some((n) => /(^|\/)vbaProject\.bin$/i.test(n))) throw fileError(t('excel.macroEnabled'));
  if (!names.includes('xl/workbook.xml')) throw fileError(t('excel.noWorkbook'));
}

function centralDirectory(bytes: Buffer, limits: XlsxReadLimits): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, decodeStrings: true, validateEntrySizes: true }, (err, zip) => {
      if (err) return reject(err);
      const names: string[] = [];
      let total = 0;
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        total += entry.uncompressedSize;
        if (names.length > limits.maxEntries) return void (zip.close(), reject(fileError(t('excel.tooManyEntries', { max: limits.maxEntries }))));
        if (total > limits.maxUncompressedBytes)
          return void (zip.close(), reject(fileError(t('excel.uncompressedTooLarge', { max: formatMb(limits.maxUncompressedBytes) }))));
        zip.readEntry();
      });
      zip.on('end', () => resolve(names));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}
