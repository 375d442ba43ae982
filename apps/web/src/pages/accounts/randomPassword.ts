import { passwordPolicyProblems } from '@jx/contract';

const SETS = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '#%+=@!?*'] as const;

/** A uniform integer in [0, n) from the browser's CSPRNG (rejection sampling, no modulo bias). */
function randomInt(n: number): number {
  const limit = Math.floor(0x1_0000_0000 / n) * n;
  const buf = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(buf);
    const v = buf[0] ?? 0;
    if (v < limit) return v % n;
  }
}

const pick = (chars: string): string => chars.charAt(randomInt(chars.length));

/** A password from all four classes (no look-alike characters) that satisfies the contract's policy. */
export function randomPassword(length = 14): string {
  for (;;) {
    const chars = SETS.map(pick);
    const all = SETS.join('');
    while (chars.length < length) chars.push(pick(all));
    for (let i = chars.length - 1; i > 0; i--) {
      const j = randomInt(i + 1);
      [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
    }
    const pwd = chars.join('');
    if (passwordPolicyProblems(pwd).length === 0) return pwd;
  }
}
