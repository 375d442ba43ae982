import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { zhCN } from './zh-CN';
import { enUS } from './en-US';

/** The shape of a catalogue: the zh-CN catalogue is the reference, every other one must have exactly its type. */
export type Messages = typeof zhCN;
export type Locale = 'zh-CN' | 'en-US';
export const LOCALES: Record<Locale, Messages> = { 'zh-CN': zhCN, 'en-US': enUS };
export const DEFAULT_LOCALE: Locale = 'zh-CN';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : T[K] extends object ? Leaves<T[K], `${P}${K}.`> : never;
}[keyof T & string];

/** Every message key, e.g. `units.title` or `enums.roles.SYS_ADMIN`. */
export type MessageKey = Leaves<Messages>;
export type Vars = Record<string, string | number>;
export type TFunction = (key: MessageKey, vars?: Vars) => string;

export function lookup(messages: Messages, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function format(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

export function translate(locale: Locale, key: MessageKey, vars?: Vars): string {
  return format(lookup(LOCALES[locale], key) ?? lookup(zhCN, key) ?? key, vars);
}

interface I18nValue {
  locale: Locale;
  setLocale: (l: Locale) => void;
  t: TFunction;
  messages: Messages;
}

const I18nContext = createContext<I18nValue>({
  locale: DEFAULT_LOCALE,
  setLocale: () => undefined,
  t: (key, vars) => translate(DEFAULT_LOCALE, key, vars),
  messages: zhCN,
});

export function I18nProvider({ children, initial = DEFAULT_LOCALE }: { children: ReactNode; initial?: Locale }) {
  const [locale, setLocale] = useState<Locale>(initial);
  const t = useCallback<TFunction>((key, vars) => translate(locale, key, vars), [locale]);
  const value = useMemo(() => ({ locale, setLocale, t, messages: LOCALES[locale] }), [locale, t]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n() {
  return useContext(I18nContext);
}

/** `const t = useT(); t('units.title')` */
export function useT(): TFunction {
  return useContext(I18nContext).t;
}
