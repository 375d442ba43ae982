import { z } from 'zod';
import { defineRoute } from '../route.ts';

export const health = defineRoute({
  id: 'health',
  method: 'GET',
  path: '/api/health',
  summary: '健康检查（含数据库）',
  tag: 'system',
  access: 'public',
  response: z.object({ status: z.literal('ok'), database: z.literal('ok'), time: z.string() }),
});
