import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { formatMessage, schemaIssueText, type MessageParams, type SchemaIssueDetails } from '@jx/contract';
import { catalogue, DEFAULT_LOCALE, loadMessages, subscribeMessages, type Locale, type Messages } from './catalogues';

export { DEFAULT_LOCALE, loadAllMessages, loadMessages, type Locale, type Messages } from './catalogues';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : T[K] extends object ? Leaves<T[K], `${P}${K}.`> : never;
}[keyof T & string];

/** Every message key, e.g. `units.title` or `enums.roles.SYS_ADMIN`. */
export type MessageKey = Leaves<Messages>;
export type Vars = Record<string, string | number>;
export type TFunction = (key: MessageKey, vars?: Vars) => string;

export function lookup(messages: Partial<Messages>, key: string): string | undefined {
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

function translateIn(messages: Partial<Messages>, key: MessageKey, vars?: Vars): string {
  return format(lookup(messages, key) ?? lookup(catalogue(DEFAULT_LOCALE), key) ?? key, vars);
}

/** A message in a language, from the areas loaded so far (zh-CN's text, else the key, when it is not there). */
export function translate(locale: Locale, key: MessageKey, vars?: Vars): string {
  return translateIn(catalogue(locale), key, vars);
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
  messages: catalogue(DEFAULT_LOCALE) as Messages,
});

const STORAGE_KEY = 'jx.locale';

/** The language the user chose last on this browser (kept across reloads and sign-ins), else zh-CN. */
export function storedLocale(): Locale {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'zh-CN' || v === 'en-US' ? v : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** The language in use, for code outside React (the API client puts server errors into it). */
let activeLocale: Locale = storedLocale();
export const currentLocale = () => activeLocale;
/** Sets the language outside React (the provider does it on every change; tests use it directly). */
export const setActiveLocale = (l: Locale) => {
  activeLocale = l;
};

/**
 * A server error's text in the active language: zh-CN shows the server's Chinese text as it came (it names the field);
 * another language takes its catalogue's text for the key, with the parameters filled in (an `entity` parameter in
 * that language too).
 */
export function localizeServerText(text: { key: string; params?: MessageParams }, chinese: string): string {
  if (activeLocale === DEFAULT_LOCALE) return chinese;
  const errors = (catalogue(activeLocale).errors ?? {}) as Record<string, string>;
  const template = errors[text.key];
  return template ? formatMessage(template, text.params, errors) : chinese;
}

/** A failed contract schema rule (a form field checked in the browser) in the active language. */
export function localizeSchemaIssue(issue: { code: string; message: string } & SchemaIssueDetails): string {
  return localizeServerText(schemaIssueText(issue.code, issue), issue.message);
}

/**
 * The language in use. A switch takes effect once the new language's catalogue areas are loaded (the switch shows the
 * old language until then); of two quick switches, the last one wins.
 */
export function I18nProvider({ children, initial = storedLocale() }: { children: ReactNode; initial?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(initial);
  const requested = useRef(initial);
  const setLocale = useCallback((l: Locale) => {
    requested.current = l;
    loadMessages(l).then(
      () => {
        if (requested.current !== l) return;
        setActiveLocale(l);
        setLocaleState(l);
        try {
          localStorage.setItem(STORAGE_KEY, l);
        } catch {
          /* private mode: the choice lasts for this page only */
        }
      },
      (e: unknown) => console.error(e), // the catalogue could not be fetched: the language stays as it was
    );
  }, []);
  useEffect(() => {
    setActiveLocale(locale);
    document.documentElement.lang = locale;
  }, [locale]);
  // The areas loaded in this language: a new object when more arrive (the signed-in app loads them all).
  const messages = useSyncExternalStore(subscribeMessages, () => catalogue(locale));
  const t = useCallback<TFunction>((key, vars) => translateIn(messages, key, vars), [messages]);
  const value = useMemo(() => ({ locale, setLocale, t, messages: messages as Messages }), [locale, setLocale, t, messages]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n() {
  return useContext(I18nContext);
}

/** `const t = useT(); t('units.title')` */
export function useT(): TFunction {
  return useContext(I18nContext).t;
}
