import type { FormInstance } from 'antd';
import { ApiError } from '@jx/contract';
import { setFieldIssues } from '../../components/form/serverErrors';

/**
 * Bulk requests name their issues `template.<field>` and `units.<i>.<field>`; the forms keep the template
 * fields at the top. Places what fits and returns whether everything was placed.
 */
export function applyTemplateIssues(form: FormInstance, error: unknown): boolean {
  if (!(error instanceof ApiError) || Object.keys(error.fieldErrors).length === 0) return false;
  const issues: Record<string, string> = {};
  for (const [path, message] of Object.entries(error.fieldErrors)) issues[path.replace(/^template\./, '')] = message;
  return setFieldIssues(form, issues).length === 0;
}
