import type { ZxcvbnResult } from '@zxcvbn-ts/core';
import type { pinyin as Pinyin } from 'pinyin-pro';
import type * as Dictionaries from './password-dictionaries.ts';
import { errorText, type LocalizedText } from '@jx/contract';

/**
 * How guessable a password is, by zxcvbn (decision 0014): its common-password and English dictionaries, keyboard
 * patterns, dates and repeats, plus the pinyin words Chinese passwords are built from, plus what an attacker knows of
 * this account — its name, its person's and unit's names (and their pinyin), the department, the province, the years.
 */

// The dictionaries hold about 20 MB: loaded on the first password set rather than at start-up (decision 0025).
let loaded: Promise<typeof Dictionaries> | undefined;
const load = () => (loaded ??= import('./password-dictionaries.ts'));

/** Every run of 2–4 characters of a Chinese name, in toneless pinyin ("四川省交通运输厅" → sichuan, jiaotong, …). */
function pinyinWords(pinyin: typeof Pinyin, text: string): string[] {
  const syllables = pinyin(text.replace(/[^\u4e00-\u9fff]/g, ''), { toneType: 'none', type: 'array' });
  const out = new Set<string>();
  for (let n = 2; n <= 4; n++) for (let i = 0; i + n <= syllables.length; i++) out.add(syllables.slice(i, i + n).join(''));
  if (syllables.length) out.add(syllables.join(''));
  return [...out];
}

export interface KnownAboutAccount {
  username: string;
  displayName?: string | null;
  personName?: string | null;
  unitName?: string | null;
  /** The department's own name (the root unit): 四川省交通运输厅. */
  organisationName?: string | null;
  year: number;
}

/** What an attacker would try first for this account. */
export function userInputs(pinyin: typeof Pinyin, k: KnownAboutAccount): string[] {
  const names = [k.displayName, k.personName, k.unitName, k.organisationName].filter((v): v is string => Boolean(v));
  return [
    k.username,
    ...k.username.split(/[._-]/),
    ...names,
    ...names.flatMap((name) => pinyinWords(pinyin, name)),
    ...[k.year - 1, k.year, k.year + 1].map(String),
  ].filter((w) => w.length >= 2);
}

/** zxcvbn's warnings we have words for (`strengthWarning.*` in the message catalogue). */
const WARNINGS = new Set([
  'straightRow',
  'keyPattern',
  'simpleRepeat',
  'extendedRepeat',
  'sequences',
  'recentYears',
  'dates',
  'topTen',
  'topHundred',
  'common',
  'similarToCommon',
  'wordByItself',
  'namesByThemselves',
  'commonNames',
  'userInputs',
  'pwned',
]);

export interface StrengthVerdict {
  score: number;
  /** Why it is weak; null when strong enough. */
  problem: LocalizedText | null;
}

export async function judgePassword(password: string, known: KnownAboutAccount, minScore: number): Promise<StrengthVerdict> {
  const { zxcvbn, pinyin } = await load();
  const result: ZxcvbnResult = zxcvbn.check(password, userInputs(pinyin, known));
  if (result.score >= minScore) return { score: result.score, problem: null };
  const warning = result.feedback.warning && WARNINGS.has(result.feedback.warning) ? result.feedback.warning : 'tooSimple';
  return { score: result.score, problem: errorText('auth.passwordGuessable', { score: result.score, minScore, strengthWarning: warning }) };
}
