import { randomBytes } from 'node:crypto';
import { changePassword, createApiClient, health, login, type ApiClient } from '@jx/contract';
import { BASE_URL } from './env';

export const DEMO_PASSWORD = 'Demo#2026';

/** The API as one signed-in account, typed from the contract: specs arrange their data through it, not through pages. */
export async function apiAs(username: string, password = DEMO_PASSWORD): Promise<ApiClient> {
  let token: string | null = null;
  const client = createApiClient({ baseUrl: BASE_URL, getToken: () => token });
  token = (await client.call(login, { body: { username, password } })).accessToken;
  return client;
}

/** The server's "now" (its clock starts at E2E_NOW and runs on). */
export async function serverNow(): Promise<Date> {
  const { time } = await createApiClient({ baseUrl: BASE_URL }).call(health);
  return new Date(time);
}

/** A short random tag that keeps names, codes and usernames of one test apart from every other test's. */
export const uniqueTag = () => randomBytes(4).toString('hex');

/** A password the policy accepts, different each time. */
export const strongPassword = () => `Jx#${randomBytes(6).toString('hex')}Aa`;

/** Signs in with an issued password and replaces it, as the holder must at first login. */
export async function activate(username: string, issued: string, password: string) {
  let token: string | null = null;
  const client = createApiClient({ baseUrl: BASE_URL, getToken: () => token });
  token = (await client.call(login, { body: { username, password: issued } })).accessToken;
  await client.call(changePassword, { body: { currentPassword: issued, newPassword: password } });
}
