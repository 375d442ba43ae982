import { createHash, randomBytes } from 'node:crypto';

export const ACCESS_TOKEN_SECONDS = 15 * 60;
export const REFRESH_COOKIE = 'jx_refresh';
export const REFRESH_COOKIE_PATH = '/api/auth';

export const newRefreshToken = () => randomBytes(32).toString('base64url');
/** Refresh tokens are stored only as hashes: a copy of the sessions table cannot be replayed. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** What the access JWT carries: the session id and the account; roles are never taken from it. */
export interface AccessClaims {
  sid: string;
  sub: string;
}
