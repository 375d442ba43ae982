import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { zipSync } from 'fflate';
import * as xmldom from '@xmldom/xmldom';
import type { ErrorMessageKey, NestedText } from '@jx/contract';
import { t } from '../../lib/errors.ts';
import { DocumentRejectedError, rejected } from './errors.ts';
import { formatBytes, type DocxLimits } from './limits.ts';

/**
 * Reading an uploaded .docx safely (DESIGN.md §5): the zip is checked from its central directory (entry count,
 * declared sizes, compression ratio, names, macros) before anything is inflated, then every entry is inflated
 * with a byte counter that stops at the declared size and at the total budget (a zip that lies about its sizes is
 * stopped while inflating), the package is checked to be a Word document, external relationships are neutralised,
 * and a fresh archive holding exactly the validated parts is built for mammoth. Runs inside the conversion worker.
 */

export const WORD_MAIN_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const OFFICE_DOCUMENT_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
const HYPERLINK_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
const IMAGE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const CORE_NS_DC = 'http://purl.org/dc/elements/1.1/';
/** Where a neutralised relationship points: a part that is guaranteed not to exist in the rebuilt archive. */
export const NEUTRALISED_TARGET = 'jx-removed-external-reference';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export interface DocxPackage {
  /** A stored (uncompressed) zip with exactly the validated, neutralised parts: what mammoth reads. */
  zip: Buffer;
  mainDocumentPath: string;
  /** `dc:title` of docProps/core.xml, if any. */
  coreTitle?: string;
  warnings: string[];
}

export function hasZipMagic(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

/**
 * What exactly is wrong, inside a refusal's text (`{detail}`): a catalogued text, said in the reader's language, or
 * the zip or XML library's own words (a plain string, as it came).
 */
type Detail = NestedText | string;
export const detail = (key: ErrorMessageKey, params?: Record<string, string | number>): NestedText => (params ? { key, params } : { key });

export function notDocx(why?: NestedText): DocumentRejectedError {
  return rejected('NOT_DOCX', why ? t('documents.notDocxBecause', { detail: why }) : t('documents.notDocx'));
}

function macroRejected(): DocumentRejectedError {
  return rejected('MACRO_ENABLED', t('documents.macroEnabled'));
}

function corrupt(why: Detail): DocumentRejectedError {
  return rejected('CORRUPT', t('documents.corrupt', { detail: why }));
}

function zipBomb(why: NestedText): DocumentRejectedError {
  return rejected('ZIP_BOMB', t('documents.zipBomb', { detail: why }));
}

function openZip(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true, decodeStrings: true }, (err, zipfile) =>
      err ? reject(err) : resolve(zipfile),
    );
  });
}

function readCentralDirectory(zipfile: yauzl.ZipFile, maxEntries: number): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zipfile.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      if (entries.length > maxEntries) {
        reject(tooManyEntries(entries.length, maxEntries));
        return;
      }
      zipfile.readEntry();
    });
    zipfile.on('end', () => resolve(entries));
    zipfile.on('error', reject);
    zipfile.readEntry();
  });
}

function openReadStream(zipfile: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zipfile.openReadStream(entry, (err, stream) => (err ? reject(err) : resolve(stream)));
  });
}

function tooManyEntries(count: number, max: number): DocumentRejectedError {
  return rejected('TOO_MANY_ENTRIES', t('documents.tooManyEntries', { count, max }));
}

function isDirectory(entry: yauzl.Entry): boolean {
  return entry.fileName.endsWith('/');
}

/** Checks and extracts the package; throws DocumentRejectedError for everything DESIGN.md §5 refuses. */
export async function readDocxPackage(bytes: Buffer, limits: DocxLimits): Promise<DocxPackage> {
  if (bytes.length > limits.maxUploadBytes) {
    throw rejected('TOO_LARGE', t('documents.fileTooLarge', { size: formatBytes(bytes.length), max: formatBytes(limits.maxUploadBytes) }));
  }
  if (!hasZipMagic(bytes)) throw notDocx();

  let zipfile: yauzl.ZipFile;
  try {
    zipfile = await openZip(bytes);
  } catch {
    throw notDocx(detail('documents.zipUnreadable'));
  }
  try {
    return await readOpenedPackage(zipfile, limits);
  } catch (err) {
    if (err instanceof DocumentRejectedError) throw err;
    throw corrupt(err instanceof Error ? err.message.slice(0, 200) : detail('documents.unknownError'));
  } finally {
    zipfile.close();
  }
}

async function readOpenedPackage(zipfile: yauzl.ZipFile, limits: DocxLimits): Promise<DocxPackage> {
  // 1. The central directory, before anything is inflated.
  if (zipfile.entryCount > limits.maxEntries) throw tooManyEntries(zipfile.entryCount, limits.maxEntries);
  let entries: yauzl.Entry[];
  try {
    entries = await readCentralDirectory(zipfile, limits.maxEntries);
  } catch (err) {
    if (err instanceof DocumentRejectedError) throw err;
    throw corrupt(detail('documents.zipDirectoryInvalid', { error: err instanceof Error ? err.message.slice(0, 120) : '' }));
  }

  const seen = new Set<string>();
  let declaredTotal = 0;
  for (const entry of entries) {
    const lower = entry.fileName.toLowerCase();
    if (seen.has(lower)) throw corrupt(detail('documents.duplicateEntryName', { name: entry.fileName.slice(0, 100) }));
    seen.add(lower);
    if (/(^|\/)vbaproject\.bin$/.test(lower) || /(^|\/)vbadata\.xml$/.test(lower)) throw macroRejected();
    if (entry.isEncrypted()) throw rejected('ENCRYPTED', t('documents.encrypted'));
    if (isDirectory(entry)) continue;
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
      throw corrupt(detail('documents.unsupportedCompression', { method: entry.compressionMethod }));
    }
    declaredTotal += entry.uncompressedSize;
    if (declaredTotal > limits.maxTotalUncompressedBytes) {
      throw rejected('UNCOMPRESSED_TOO_LARGE', t('documents.uncompressedTooLarge', { max: formatBytes(limits.maxTotalUncompressedBytes) }));
    }
    if (
      entry.uncompressedSize > limits.compressionRatioGraceBytes &&
      entry.uncompressedSize / Math.max(1, entry.compressedSize) > limits.maxEntryCompressionRatio
    ) {
      throw zipBomb(detail('documents.compressionRatio', { ratio: limits.maxEntryCompressionRatio }));
    }
  }
  if (!seen.has('[content_types].xml')) throw notDocx(detail('documents.contentTypesMissing'));

  // 2. Inflate with a counter: never more than an entry declares, never more than the total budget.
  const parts = new Map<string, Buffer>();
  let inflatedTotal = 0;
  for (const entry of entries) {
    if (isDirectory(entry)) continue;
    let stream: Readable;
    try {
      stream = await openReadStream(zipfile, entry);
    } catch (err) {
      throw corrupt(err instanceof Error ? err.message.slice(0, 120) : detail('documents.entryUnreadable'));
    }
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        size += chunk.length;
        inflatedTotal += chunk.length;
        if (size > entry.uncompressedSize) throw zipBomb(detail('documents.entryLargerThanDeclared'));
        if (inflatedTotal > limits.maxTotalUncompressedBytes) {
          throw zipBomb(detail('documents.inflatedTooLarge', { max: formatBytes(limits.maxTotalUncompressedBytes) }));
        }
        chunks.push(chunk);
      }
    } catch (err) {
      stream.destroy();
      if (err instanceof DocumentRejectedError) throw err;
      const message = err instanceof Error ? err.message : '';
      if (/too many bytes/.test(message)) throw zipBomb(detail('documents.entryLargerThanDeclared'));
      throw corrupt(detail('documents.entryNotInflatable', { error: message.slice(0, 120) }));
    }
    if (size !== entry.uncompressedSize) throw corrupt(detail('documents.entrySizeMismatch'));
    parts.set(entry.fileName, Buffer.concat(chunks, size));
  }

  // 3. It must be a Word document, without macros.
  const mainDocumentPath = checkWordPackage(parts);

  // 4. No DTDs anywhere (Word never writes one; entity tricks are refused rather than parsed).
  for (const [name, data] of parts) {
    if (/\.(xml|rels)$/i.test(name) && /<!DOCTYPE/i.test(data.toString('latin1'))) {
      throw corrupt(detail('documents.entryDoctype', { name: name.slice(0, 100) }));
    }
  }

  // 5. External references are never followed: neutralise every non-hyperlink external relationship.
  const warnings: string[] = [];
  for (const [name, data] of parts) {
    if (!/\.rels$/i.test(name)) continue;
    const neutralised = neutraliseExternalRelationships(data.toString('utf8'), warnings);
    if (neutralised !== null) parts.set(name, Buffer.from(neutralised, 'utf8'));
  }
  for (const name of [...parts.keys()]) {
    if (name.split('/').pop() === NEUTRALISED_TARGET) parts.delete(name);
  }

  const coreTitle = readCoreTitle(parts.get('docProps/core.xml'));
  const files: Record<string, Uint8Array> = {};
  for (const [name, data] of parts) files[name] = data;
  const zip = Buffer.from(zipSync(files, { level: 0 }));
  return { zip, mainDocumentPath, coreTitle, warnings };
}

/** `what`: the part's name, or null for a relationships part (关系文件). */
function parseXml(xml: string, what: string | null): Document {
  const fail = (msg: string) => {
    const error = String(msg).slice(0, 100);
    throw corrupt(what === null ? detail('documents.relationshipsUnparsable', { error }) : detail('documents.partUnparsable', { part: what, error }));
  };
  const doc = new xmldom.DOMParser({ errorHandler: { warning: () => {}, error: fail, fatalError: fail } }).parseFromString(xml, 'text/xml');
  return doc as unknown as Document;
}

function getPart(parts: Map<string, Buffer>, name: string): Buffer | undefined {
  const exact = parts.get(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  for (const [key, value] of parts) if (key.toLowerCase() === lower) return value;
  return undefined;
}

function attr(el: Element, name: string): string {
  return (el.getAttribute(name) ?? '').trim();
}

/** Returns the main document part's path, or throws NOT_DOCX / MACRO_ENABLED. */
function checkWordPackage(parts: Map<string, Buffer>): string {
  const ctXml = getPart(parts, '[Content_Types].xml');
  if (!ctXml) throw notDocx(detail('documents.contentTypesMissing'));
  const ct = parseXml(ctXml.toString('utf8'), '[Content_Types].xml');
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  for (const el of Array.from(ct.getElementsByTagNameNS(CT_NS, 'Override'))) {
    overrides.set(attr(el, 'PartName').replace(/^\//, '').toLowerCase(), attr(el, 'ContentType').toLowerCase());
  }
  for (const el of Array.from(ct.getElementsByTagNameNS(CT_NS, 'Default'))) {
    defaults.set(attr(el, 'Extension').toLowerCase(), attr(el, 'ContentType').toLowerCase());
  }
  for (const type of [...overrides.values(), ...defaults.values()]) {
    if (/macroenabled|vbaproject|ms-office\.activex|vbadata/.test(type)) throw macroRejected();
  }

  // The main part as mammoth finds it: the package's officeDocument relationship, else word/document.xml.
  let mainDocumentPath = 'word/document.xml';
  const rootRels = getPart(parts, '_rels/.rels');
  if (rootRels) {
    const rels = parseXml(rootRels.toString('utf8'), '_rels/.rels');
    for (const el of Array.from(rels.getElementsByTagNameNS(RELS_NS, 'Relationship'))) {
      if (attr(el, 'Type') !== OFFICE_DOCUMENT_REL) continue;
      const target = attr(el, 'Target').replace(/^\//, '');
      if (parts.has(target)) {
        mainDocumentPath = target;
        break;
      }
    }
  }
  if (!parts.has(mainDocumentPath)) throw notDocx(detail('documents.mainPartMissing'));
  const lower = mainDocumentPath.toLowerCase();
  const extension = lower.includes('.') ? lower.slice(lower.lastIndexOf('.') + 1) : '';
  const mainType = overrides.get(lower) ?? defaults.get(extension);
  if (mainType !== WORD_MAIN_CONTENT_TYPE) {
    throw notDocx(mainType ? detail('documents.mainPartType', { contentType: mainType.slice(0, 100) }) : detail('documents.mainPartUntyped'));
  }
  return mainDocumentPath;
}

/**
 * A target that leaves the package: anything marked TargetMode="External", an absolute URI (`file:`, `http:`, …),
 * a UNC or protocol-relative path (`\\server\share`, `//host/x`) or a Windows drive path.
 */
function isExternalTarget(el: Element): boolean {
  const target = attr(el, 'Target');
  return attr(el, 'TargetMode').toLowerCase() === 'external' || /^[a-z][a-z0-9+.-]*:/i.test(target) || /^[\\/]{2}/.test(target) || target.includes('\\');
}

/**
 * Rewrites a .rels part so that no relationship except a hyperlink points outside the package: such a
 * relationship keeps its id (so the body still parses) but targets a part that does not exist. Returns the new XML,
 * or null when nothing changed.
 */
export function neutraliseExternalRelationships(xml: string, warnings: string[]): string | null {
  const doc = parseXml(xml, null);
  let changed = false;
  for (const el of Array.from(doc.getElementsByTagNameNS(RELS_NS, 'Relationship'))) {
    if (!isExternalTarget(el)) continue;
    if (attr(el, 'Type') === HYPERLINK_REL) continue; // hyperlinks stay; the sanitiser vets their href
    const target = attr(el, 'Target');
    const what = attr(el, 'Type') === IMAGE_REL ? '外部链接图片' : '外部引用';
    warnings.push(`已移除${what}，未读取其内容：${target.slice(0, 120)}`);
    el.setAttribute('Target', NEUTRALISED_TARGET);
    el.removeAttribute('TargetMode');
    changed = true;
  }
  return changed ? new xmldom.XMLSerializer().serializeToString(doc as unknown as Node) : null;
}

function readCoreTitle(core: Buffer | undefined): string | undefined {
  if (!core) return undefined;
  try {
    const doc = parseXml(core.toString('utf8'), 'docProps/core.xml');
    const title = doc.getElementsByTagNameNS(CORE_NS_DC, 'title')[0]?.textContent?.replace(/\s+/g, ' ').trim();
    return title ? title.slice(0, 200) : undefined;
  } catch {
    return undefined;
  }
}
