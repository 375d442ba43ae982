import type { Messages } from '../catalogues';
import { auth } from './auth';
import { common } from './common';
import { errors } from './errors';

/** The English areas the login page shows, the server's error texts among them (a wrong password, a locked account). */
export const enUSSignIn: Pick<Messages, 'common' | 'auth' | 'errors'> = { common, auth, errors };
