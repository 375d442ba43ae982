import type { FastifyInstance } from 'fastify';
import { DOCX_CONTENT_TYPE, downloadResponsibilityLetter } from '@jx/contract';
import { registerRoute } from '../../../http/register.ts';
import { contentDisposition } from '../../../http/content-disposition.ts';
import { buildLetter } from './build-letter.ts';
import { loadLetter } from './load-letter.ts';

/** 年度目标责任书: a unit's published targets as a .docx to sign (docs/decisions/0012-responsibility-letter.md). */
export function responsibilityLetterRoutes(app: FastifyInstance) {
  registerRoute(app, downloadResponsibilityLetter, async ({ ctx, query, reply }) => {
    const letter = await loadLetter(app.deps.db, ctx.actor, query);
    const bytes = await buildLetter(letter);
    reply
      .header('content-type', DOCX_CONTENT_TYPE)
      .header('content-disposition', contentDisposition(`${letter.unitName}${letter.year}年度目标责任书.docx`, 'responsibility-letter.docx'))
      .header('content-length', String(bytes.length))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store');
    return bytes;
  });
}
