import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { CHINESE_PASSWORD_WORDS } from './chinese-password-words.ts';

export { pinyin } from 'pinyin-pro';

/**
 * zxcvbn with its common-password and English dictionaries, keyboard patterns, and the pinyin words Chinese passwords
 * are built from. Imported by password-strength.ts on the first password set, not at start-up (decision 0025).
 */
export const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...en.dictionary, chinese: CHINESE_PASSWORD_WORDS },
  graphs: common.adjacencyGraphs,
});
