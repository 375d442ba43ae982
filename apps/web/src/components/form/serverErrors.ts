import type { FormInstance } from 'antd';
import type { ApiError } from '@jx/contract';
import type { z } from 'zod';

type NamePath = (string | number)[];

export function pathToName(path: string | readonly PropertyKey[]): NamePath {
  const parts = typeof path === 'string' ? path.split('.').filter(Boolean) : path.map(String);
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

function registeredNames(form: FormInstance): string[] {
  return form.getFieldsError().map((f) => f.name.join('.'));
}

/**
 * Puts field issues on the form's fields. An issue on a path the form has no field for (say `access`
 * when the form edits `access.roles`) goes to the nearest registered child, else it is returned unplaced.
 */
export function setFieldIssues(form: FormInstance, issues: Record<string, string>, prefix: NamePath = []): string[] {
  const names = registeredNames(form);
  const unplaced: string[] = [];
  const fields: { name: NamePath; errors: string[] }[] = [];
  for (const [path, message] of Object.entries(issues)) {
    const name = [...prefix, ...pathToName(path)];
    const key = name.join('.');
    if (names.includes(key)) fields.push({ name, errors: [message] });
    else {
      const child = names.find((n) => n.startsWith(`${key}.`));
      if (child) fields.push({ name: pathToName(child), errors: [message] });
      else unplaced.push(message);
    }
  }
  if (fields.length) form.setFields(fields);
  return unplaced;
}

/** Server VALIDATION_FAILED issues onto the form; returns the messages that fit no field. */
export function applyServerFieldErrors(form: FormInstance, error: ApiError): string[] {
  return setFieldIssues(form, error.fieldErrors);
}

/** Client-side whole-object validation (cross-field rules such as AccessFields' superRefine). */
export function applyZodIssues(form: FormInstance, zodError: z.ZodError, prefix: NamePath = []): string[] {
  const issues: Record<string, string> = {};
  for (const i of zodError.issues) issues[i.path.map(String).join('.')] ??= i.message;
  return setFieldIssues(form, issues, prefix);
}
