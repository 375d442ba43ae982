import sanitizeHtml from 'sanitize-html';

/**
 * The only HTML a converted Word document may contain when the browser shows it as a page (DESIGN.md §5): a
 * document-ish set of tags, links only to http/https/mailto (opened in a new tab, no referrer, nofollow), images only
 * as inline PNG/JPEG/GIF data: URIs; no style, class, id, script, frames, objects, forms or event handlers.
 */
export const ALLOWED_TAGS = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'em',
  'u',
  's',
  'sub',
  'sup',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'br',
  'a',
  'img',
] as const;

const SAFE_LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
export const SAFE_IMAGE_SRC = /^data:image\/(?:png|jpeg|gif);base64,[A-Za-z0-9+/]+={0,2}$/;
const SPAN = /^[1-9][0-9]{0,2}$/;

/** The normalised href when it is an absolute http/https/mailto URL, otherwise null. */
export function safeHref(href: string | undefined): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  // Control characters and whitespace inside a URL are how scheme filters get bypassed (`java\tscript:`).
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (!trimmed || /[\u0000-\u001f\u007f\s]/u.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null; // relative links (#bookmarks, paths) have nowhere to go on our page
  }
  if (!SAFE_LINK_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && (url.username || url.password)) return null;
  return url.href;
}

function spanAttribs(attribs: sanitizeHtml.Attributes): sanitizeHtml.Attributes {
  const out: sanitizeHtml.Attributes = {};
  for (const name of ['colspan', 'rowspan']) {
    const value = attribs[name]?.trim();
    if (value && SPAN.test(value)) out[name] = value;
  }
  return out;
}

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...ALLOWED_TAGS],
  allowedAttributes: {
    a: ['href', 'rel', 'target'],
    img: ['src', 'alt'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan'],
  },
  allowedClasses: {},
  allowedStyles: {},
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['data'] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  allowVulnerableTags: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'template', 'xmp', 'iframe', 'object', 'noembed', 'noframes'],
  transformTags: {
    a: (_tagName, attribs): sanitizeHtml.Tag => {
      const href = safeHref(attribs.href);
      return { tagName: 'a', attribs: href ? { href, rel: 'noopener noreferrer nofollow', target: '_blank' } : {} };
    },
    img: (_tagName, attribs) => {
      const out: sanitizeHtml.Attributes = {};
      if (attribs.src && SAFE_IMAGE_SRC.test(attribs.src)) out.src = attribs.src;
      if (attribs.alt) out.alt = attribs.alt.slice(0, 500);
      return { tagName: 'img', attribs: out };
    },
    td: (_tagName, attribs) => ({ tagName: 'td', attribs: spanAttribs(attribs) }),
    th: (_tagName, attribs) => ({ tagName: 'th', attribs: spanAttribs(attribs) }),
  },
  // An image without an acceptable inline source is dropped entirely.
  exclusiveFilter: (frame) => frame.tag === 'img' && !SAFE_IMAGE_SRC.test(frame.attribs.src ?? ''),
};

export function sanitizeDocumentHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
