import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * What the database keeps secret — TOTP secrets and, for the refresh grace window, a session's successor token — is
 * stored AES-256-GCM encrypted under a key derived from the server secret (JWT_SECRET, or DATA_DIR/jwt.secret in demo
 * mode). The derivation label dates from when only TOTP secrets were kept; changing it would orphan them.
 */
export function createSecretCipher(serverSecret: string) {
  const key = createHash('sha256').update(`totp-secret-key:${serverSecret}`).digest();
  return {
    encrypt(plain: string): string {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
    },
    decrypt(stored: string): string {
      const [version, iv, tag, data] = stored.split('.');
      if (version !== 'v1' || !iv || !tag || !data) throw new Error('unknown secret format');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}
export type SecretCipher = ReturnType<typeof createSecretCipher>;
