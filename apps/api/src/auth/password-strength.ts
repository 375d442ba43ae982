import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { pinyin } from 'pinyin-pro';
import { CHINESE_PASSWORD_WORDS } from './chinese-password-words.ts';

/**
 * How guessable a password is, by zxcvbn (decision 0014): its common-password and English dictionaries, keyboard
 * patterns, dates and repeats, plus the pinyin words Chinese passwords are built from, plus what an attacker knows of
 * this account — its name, its person's and unit's names (and their pinyin), the department, the province, the years.
 */
let factory: ZxcvbnFactory | undefined;
const zxcvbn = () =>
  (factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, chinese: CHINESE_PASSWORD_WORDS },
    graphs: common.adjacencyGraphs,
  }));

/** Every run of 2–4 characters of a Chinese name, in toneless pinyin ("四川省交通运输厅" → sichuan, jiaotong, …). */
function pinyinWords(text: string): string[] {
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
export function userInputs(k: KnownAboutAccount): string[] {
  const names = [k.displayName, k.personName, k.unitName, k.organisationName].filter((v): v is string => Boolean(v));
  return [
    k.username,
    ...k.username.split(/[._-]/),
    ...names,
    ...names.flatMap(pinyinWords),
    ...[k.year - 1, k.year, k.year + 1].map(String),
  ].filter((w) => w.length >= 2);
}

/** zxcvbn's warning keys, as a user reads them. */
const WARNINGS: Record<string, string> = {
  straightRow: '键盘上连续的按键很容易被猜到',
  keyPattern: '键盘上的简单图案很容易被猜到',
  simpleRepeat: '重复的字符（如 aaa）很容易被猜到',
  extendedRepeat: '重复的字符组合（如 abcabc）很容易被猜到',
  sequences: '连续的字母或数字（如 abc、123）很容易被猜到',
  recentYears: '最近的年份很容易被猜到',
  dates: '日期很容易被猜到',
  topTen: '这是最常用的密码之一',
  topHundred: '这是很常用的密码',
  common: '这是常用的密码',
  similarToCommon: '与常用密码相似（如把 a 换成 @、o 换成 0）',
  wordByItself: '单个词语很容易被猜到',
  namesByThemselves: '单独的姓名很容易被猜到',
  commonNames: '常见姓名很容易被猜到',
  userInputs: '不要使用与本人、本单位或年份相关的信息（用户名、姓名、单位名称及其拼音、年份）',
  pwned: '该密码出现在已泄露的密码中',
};

export interface StrengthVerdict {
  score: number;
  /** Why it is weak, in Chinese; null when strong enough. */
  problem: string | null;
}

export function judgePassword(password: string, known: KnownAboutAccount, minScore: number): StrengthVerdict {
  const result: ZxcvbnResult = zxcvbn().check(password, userInputs(known));
  if (result.score >= minScore) return { score: result.score, problem: null };
  const why = (result.feedback.warning && WARNINGS[result.feedback.warning]) ?? '组合太简单';
  return { score: result.score, problem: `密码太容易被猜到（强度 ${result.score}/4，至少需要 ${minScore}）：${why}。请使用更长、无规律的组合` };
}
