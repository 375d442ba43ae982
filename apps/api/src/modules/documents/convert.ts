import mammoth from 'mammoth';
import { readDocxPackage } from './archive.ts';
import { t } from '../../lib/errors.ts';
import { DocumentRejectedError, rejected } from './errors.ts';
import { formatBytes, resolveDocxLimits, type DocxLimits } from './limits.ts';
import { sanitizeDocumentHtml } from './sanitize.ts';

/**
 * The in-process conversion: unzip with limits → mammoth → sanitise. Pure (no I/O besides the bytes given); the
 * exported entry point `convertDocx` runs this inside a resource-limited worker, the unit tests call it directly.
 * It must not use `import.meta` or top-level await: the worker loads it through tsx's CommonJS hook.
 */
export interface DocxConversion {
  html: string;
  text: string;
  title?: string;
  warnings: string[];
}

const MAX_WARNINGS = 50;

type ImageKind = 'png' | 'jpeg' | 'gif';

/** The image type by its magic bytes, whatever the document claims. */
export function sniffImage(data: Uint8Array): ImageKind | null {
  if (
    data.length >= 8 &&
    data[0] === 0x89 &&
    data[1] === 0x50 &&
    data[2] === 0x4e &&
    data[3] === 0x47 &&
    data[4] === 0x0d &&
    data[5] === 0x0a &&
    data[6] === 0x1a &&
    data[7] === 0x0a
  )
    return 'png';
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpeg';
  if (
    data.length >= 6 &&
    data[0] === 0x47 &&
    data[1] === 0x49 &&
    data[2] === 0x46 &&
    data[3] === 0x38 &&
    (data[4] === 0x37 || data[4] === 0x39) &&
    data[5] === 0x61
  )
    return 'gif';
  return null;
}

export async function convertDocxInProcess(bytes: Buffer, limitOverrides?: Partial<DocxLimits>): Promise<DocxConversion> {
  const limits = resolveDocxLimits(limitOverrides);
  const pkg = await readDocxPackage(bytes, limits);
  const warnings: string[] = [...pkg.warnings];
  let imageBytes = 0;

  const convertImage = mammoth.images.imgElement(async (image) => {
    let data: Buffer;
    try {
      // Embedded images come from the rebuilt in-memory zip; linked (r:link) ones are refused by mammoth itself
      // (externalFileAccess: false) and neutralised relationships point at a part that does not exist.
      data = await image.readAsBuffer();
    } catch {
      warnings.push('有一张图片不在文档内（外部链接或缺失），已略去');
      return { src: '' };
    }
    const kind = sniffImage(data);
    if (!kind) {
      warnings.push(`有一张图片的格式不受支持（${String(image.contentType || '未知').slice(0, 60)}），已略去；只显示 PNG、JPEG、GIF 图片`);
      return { src: '' };
    }
    if (data.length > limits.maxImageBytes) {
      warnings.push(`有一张图片过大（${formatBytes(data.length)}，上限 ${formatBytes(limits.maxImageBytes)}），已略去`);
      return { src: '' };
    }
    if (imageBytes + data.length > limits.maxTotalImageBytes) {
      warnings.push(`文档中的图片总量超过 ${formatBytes(limits.maxTotalImageBytes)}，其余图片已略去`);
      return { src: '' };
    }
    imageBytes += data.length;
    return { src: `data:image/${kind};base64,${data.toString('base64')}` };
  });

  let rawHtml: string;
  let rawText: string;
  try {
    const converted = await mammoth.convertToHtml(
      { buffer: pkg.zip },
      {
        convertImage,
        externalFileAccess: false,
        includeEmbeddedStyleMap: false,
        ignoreEmptyParagraphs: true,
      },
    );
    rawHtml = converted.value;
    for (const message of converted.messages) {
      // Image problems are reported by convertImage above, in Chinese.
      if (message.type === 'warning' && !/^Image of type/.test(message.message)) warnings.push(`转换提示：${message.message.slice(0, 200)}`);
    }
    rawText = (await mammoth.extractRawText({ buffer: pkg.zip })).value;
  } catch (err) {
    if (err instanceof DocumentRejectedError) throw err;
    throw rejected('CONVERSION_FAILED', t('documents.conversionFailed'));
  }

  const html = sanitizeDocumentHtml(rawHtml);
  const text = rawText
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const title = firstHeading(html) ?? pkg.coreTitle;
  const unique = [...new Set(warnings)];
  const shown = unique.slice(0, MAX_WARNINGS);
  if (unique.length > MAX_WARNINGS) shown.push(`另有 ${unique.length - MAX_WARNINGS} 条提示未列出`);
  return { html, text, ...(title ? { title } : {}), warnings: shown };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** The text of the first heading of the sanitised HTML. */
function firstHeading(html: string): string | undefined {
  const match = /<h([1-6])>([\s\S]*?)<\/h\1>/.exec(html);
  if (!match?.[2]) return undefined;
  const text = decodeEntities(match[2].replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
  return text ? text.slice(0, 200) : undefined;
}
