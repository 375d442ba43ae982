import { hash, verify } from '@node-rs/argon2';
import { chineseMessage, errorText, passwordPolicyProblems, type LocalizedText } from '@jx/contract';
import { AppError, issue } from '../lib/errors.ts';
import { COMMON_PASSWORDS } from './common-passwords.ts';
import { judgePassword, type KnownAboutAccount } from './password-strength.ts';

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
const OPTIONS = { algorithm: 2 /* Algorithm.Argon2id (a const enum) */, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (plain: string) => hash(plain, OPTIONS);

export async function verifyPassword(passwordHash: string, plain: string): Promise<boolean> {
  try {
    return await verify(passwordHash, plain);
  } catch {
    return false;
  }
}

/** A real hash to verify against when the username is unknown, so the response time does not reveal it. */
let decoyHash: Promise<string> | undefined;
export async function verifyDecoy(plain: string): Promise<void> {
  decoyHash ??= hashPassword('decoy-password-never-valid#1');
  await verifyPassword(await decoyHash, plain);
}

/**
 * Everything the policy says against a new password (empty when acceptable): length and character classes, the
 * common-password list, the username, and — with `minStrength` — how guessable it is (password-strength.ts).
 */
export async function passwordProblemTexts(plain: string, account: KnownAboutAccount, minStrength?: number): Promise<LocalizedText[]> {
  const problems = passwordPolicyProblems(plain);
  const lower = plain.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(lower.replace(/[^a-z0-9]/g, ''))) {
    problems.push(errorText('auth.passwordCommon'));
  }
  if (account.username && lower.includes(account.username.toLowerCase())) problems.push(errorText('auth.passwordHasUsername'));
  if (!problems.length && minStrength !== undefined) {
    const { problem } = await judgePassword(plain, account, minStrength);
    if (problem) problems.push(problem);
  }
  return problems;
}

/** The problems above in Chinese (the server commands print them). */
export const passwordProblems = async (plain: string, account: KnownAboutAccount, minStrength?: number): Promise<string[]> =>
  (await passwordProblemTexts(plain, account, minStrength)).map(chineseMessage);

/** PASSWORD_POLICY naming every problem at the password's field; the message is the first problem. */
export function passwordPolicyError(problems: LocalizedText[], path: string): AppError {
  return new AppError('PASSWORD_POLICY', problems[0]!, { issues: problems.map((p) => issue(path, p)) });
}
