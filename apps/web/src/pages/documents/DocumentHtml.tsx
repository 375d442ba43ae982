import { useMemo } from 'react';
import DOMPurify from 'dompurify';
import './documentHtml.css';

/** What the server's sanitiser lets through (decision 0006); the browser enforces the same list again. */
const ALLOWED_TAGS = [
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
];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'colspan', 'rowspan', 'target', 'rel'];
/** Links: absolute http(s) and mailto only; images: inline PNG / JPEG / GIF only. */
const SAFE_HREF = /^(https?:|mailto:)/i;
const SAFE_IMG = /^data:image\/(png|jpeg|gif);base64,/i;

/** Defence in depth: the server's sanitised html, sanitised once more in the browser before it is shown. */
export function purifyDocumentHtml(html: string): string {
  const fragment = DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR, RETURN_DOM_FRAGMENT: true });
  for (const a of fragment.querySelectorAll('a')) {
    const href = a.getAttribute('href') ?? '';
    if (!SAFE_HREF.test(href)) a.removeAttribute('href');
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer nofollow');
  }
  for (const img of fragment.querySelectorAll('img')) if (!SAFE_IMG.test(img.getAttribute('src') ?? '')) img.remove();
  // A table wider than the page (a phone) scrolls sideways in its own box instead of overflowing the page.
  for (const table of fragment.querySelectorAll('table')) {
    const scroller = document.createElement('div');
    scroller.className = 'doc-table-scroll';
    table.replaceWith(scroller);
    scroller.appendChild(table);
  }
  const box = document.createElement('div');
  box.appendChild(fragment);
  return box.innerHTML;
}

/** A converted Word document shown as a readable page (headings, tables with borders, images within the width). */
export function DocumentHtml({ html }: { html: string }) {
  const clean = useMemo(() => purifyDocumentHtml(html), [html]);
  // Sanitised twice: on the server (sanitize-html) and here (DOMPurify).
  return <article className="doc-page" data-testid="document-body" dangerouslySetInnerHTML={{ __html: clean }} />;
}
