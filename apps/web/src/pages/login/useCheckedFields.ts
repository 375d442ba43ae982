import { useState } from 'react';
import type { z } from 'zod';
import { schemaError } from '../../components/form/zodRule';

type Texts<K extends string> = Record<K, string>;

/**
 * Text fields checked by their contract schemas the way antd's Form checks a ZodFormItem: a field on each change, all
 * of them on submit, each with the schema's message in the user's language. The login page uses it instead of antd's
 * Form, whose Form.Item label brings Tooltip into the page.
 */
export function useCheckedFields<K extends string>(schemas: Record<K, z.ZodType>, initial: Texts<K>) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Texts<K>>>({});
  const errorOf = (name: K, value: string) => schemaError(schemas[name], value);

  return {
    values,
    errors,
    /** A value as typed, checked at once. */
    change(name: K, value: string) {
      setValues((v) => ({ ...v, [name]: value }));
      setErrors((e) => ({ ...e, [name]: errorOf(name, value) }));
    },
    /** Puts values in (a wrong password cleared) without checking them: their fields show no error. */
    set(patch: Partial<Texts<K>>) {
      setValues((v) => ({ ...v, ...patch }));
      setErrors((e) => Object.fromEntries(Object.entries(e).filter(([name]) => !(name in patch))) as Partial<Texts<K>>);
    },
    /** Checks every field: the values when all pass, else null (and the fields show their errors). */
    check(): Texts<K> | null {
      const found = Object.fromEntries((Object.keys(schemas) as K[]).map((name) => [name, errorOf(name, values[name])])) as Partial<Texts<K>>;
      setErrors(found);
      return Object.values(found).some(Boolean) ? null : values;
    },
  };
}
