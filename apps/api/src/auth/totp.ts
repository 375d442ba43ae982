import { Secret, TOTP } from 'otpauth';

const PERIOD = 30;
const ISSUER = '目标绩效';

const totpFor = (secretBase32: string, label = '') =>
  new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(secretBase32) });

export function newTotpSecret(username: string) {
  const secret = new Secret({ size: 20 }).base32;
  return { secret, otpauthUrl: totpFor(secret, username).toString() };
}

/**
 * Checks a code against the secret at `now`, allowing one step of clock drift either way. Returns the
 * matched step, or null; a step not after `lastStep` is refused so a code cannot be used twice.
 */
export function verifyTotp(secretBase32: string, code: string, now: Date, lastStep: number | null): number | null {
  const delta = totpFor(secretBase32).validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now.getTime() / 1000 / PERIOD) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

/** The current code (tests use it the way an authenticator app would). */
export const currentTotp = (secretBase32: string, now: Date) => totpFor(secretBase32).generate({ timestamp: now.getTime() });
