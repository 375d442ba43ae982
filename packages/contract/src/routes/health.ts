import { z } from 'zod';
import { defineRoute } from '../route.ts';

export const systemInfo = defineRoute({
  id: 'system.info',
  method: 'GET',
  path: '/api/system/info',
  summary: '系统名称等公开信息（登录页使用）',
  tag: 'system',
  access: 'public',
  response: z.object({ name: z.string() }),
});

export const health = defineRoute({
  id: 'health',
  method: 'GET',
  path: '/api/health',
  summary: '健康检查（含数据库）',
  tag: 'system',
  access: 'public',
  response: z.object({ status: z.literal('ok'), database: z.literal('ok'), time: z.string() }),
});
