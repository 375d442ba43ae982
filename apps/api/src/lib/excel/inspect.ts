import yauzl from 'yauzl';
import { ImportRejectedError, fileIssue, importRejected } from './rejected.ts';
import { formatMb, type XlsxReadLimits } from './limits.ts';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** An OLE2 compound file: the old binary .xls (and .doc) format. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: number[]) => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
const fileError = (message: string) => importRejected([fileIssue(message)]);

/**
 * Refuses, before the workbook is parsed, what an import never reads: a file that is too large, a legacy .xls, a
 * macro-enabled workbook (.xlsm, or any package with a vbaProject part), anything that is not an xlsx package, and a
 * package whose declared content is too large or too many parts (a zip bomb). Only the central directory is read.
 */
export async function inspectXlsx(bytes: Buffer, fileName: string, limits: XlsxReadLimits): Promise<void> {
  const name = fileName.toLowerCase();
  if (bytes.length === 0) throw fileError('上传的文件是空的，请选择填写好的 Excel 文件（.xlsx）');
  if (bytes.length > limits.maxBytes) throw fileError(`文件过大（${formatMb(bytes.length)}），上限 ${formatMb(limits.maxBytes)}，请拆分后分批导入`);
  if (name.endsWith('.xlsm') || name.endsWith('.xltm')) throw fileError('不接受含宏的工作簿（.xlsm），请在 Excel 中另存为 .xlsx 后再导入');
  if (startsWith(bytes, OLE_MAGIC) || name.endsWith('.xls')) throw fileError('不支持旧版 Excel 97-2003 格式（.xls），请在 Excel 或 WPS 中另存为 .xlsx 后再导入');
  if (!name.endsWith('.xlsx')) throw fileError('请上传 Excel 工作簿（.xlsx 文件）');
  if (!startsWith(bytes, ZIP_MAGIC)) throw fileError('文件不是有效的 Excel 工作簿（.xlsx），可能只是改了扩展名，请用 Excel 或 WPS 另存为 .xlsx 后再导入');

  const names = await centralDirectory(bytes, limits).catch((e: unknown) => {
    if (e instanceof ImportRejectedError) throw e;
    throw fileError('文件已损坏或不是有效的 Excel 工作簿（.xlsx）');
  });
  if (names.some((n) => /(^|\/)vbaProject\.bin$/i.test(n))) throw fileError('不接受含宏的工作簿，请在 Excel 中另存为不含宏的 .xlsx 后再导入');
  if (!names.includes('xl/workbook.xml')) throw fileError('文件不是 Excel 工作簿（.xlsx），请确认上传的是导入模板');
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
        if (names.length > limits.maxEntries) return void (zip.close(), reject(fileError(`工作簿内部文件过多（超过 ${limits.maxEntries} 个），不像是导入模板`)));
        if (total > limits.maxUncompressedBytes) return void (zip.close(), reject(fileError(`工作簿解压后超过 ${formatMb(limits.maxUncompressedBytes)}，请删除多余的工作表、图片后再导入`)));
        zip.readEntry();
      });
      zip.on('end', () => resolve(names));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}
