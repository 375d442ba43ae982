import type { zhCN } from './zh-CN';
import { auth } from './zh-CN/auth';
import { common } from './zh-CN/common';

/** The shape of a catalogue: the zh-CN catalogue is the reference, every other one must have exactly its type. */
export type Messages = typeof zhCN;
export type Locale = 'zh-CN' | 'en-US';
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/**
 * The areas the screens on show need: `signIn` the login page (common and auth, in English also the server's error
 * texts, which zh-CN takes as the server sends them), `all` the signed-in app. The login page so downloads the few
 * areas it shows, not every area of both languages (and the contract modules the catalogues take labels from).
 */
export type MessageScope = 'signIn' | 'all';

const LOADERS: Record<Locale, Record<MessageScope, () => Promise<Partial<Messages>>>> = {
  'zh-CN': { signIn: () => Promise.resolve({}), all: () => import('./zh-CN').then((m) => m.zhCN) },
  'en-US': { signIn: () => import('./en-US/signIn').then((m) => m.enUSSignIn), all: () => import('./en-US').then((m) => m.enUS) },
};

/** The areas loaded so far, by language; the zh-CN sign-in areas come with the entry, so the first render needs no wait. */
const catalogues: Record<Locale, Partial<Messages>> = { 'zh-CN': { common, auth }, 'en-US': {} };
const loaded: Record<Locale, Set<MessageScope>> = { 'zh-CN': new Set(['signIn']), 'en-US': new Set() };
let scope: MessageScope = 'signIn';
const listeners = new Set<() => void>();

/** The areas of a language loaded so far (a new object after each load). */
export function catalogue(locale: Locale): Partial<Messages> {
  return catalogues[locale];
}

/** Loads the areas the screens need now (or `wanted`) in a language; resolves at once when they are already there. */
export async function loadMessages(locale: Locale, wanted: MessageScope = scope): Promise<void> {
  if (loaded[locale].has(wanted) || loaded[locale].has('all')) return;
  const areas = await LOADERS[locale][wanted]();
  catalogues[locale] = { ...catalogues[locale], ...areas };
  loaded[locale].add(wanted);
  for (const listener of listeners) listener();
}

/** The signed-in app is coming: loads every area of the language, and of any language chosen from now on. */
export function loadAllMessages(locale: Locale): Promise<void> {
  scope = 'all';
  return loadMessages(locale);
}

export function subscribeMessages(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
