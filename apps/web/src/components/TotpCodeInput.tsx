import { Input, type InputProps } from 'antd';

/** Keeps the digits of what was typed or pasted (`123 456` → `123456`), at most six. */
export function normalizeTotpCode(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\D/g, '').slice(0, 6) : '';
}

/**
 * The 6-digit code of an authenticator app: one text box (numeric keyboard on phones, the browser's
 * one-time-code autofill), wide-spaced digits. Put it in a Form.Item with `normalize={normalizeTotpCode}`.
 */
export function TotpCodeInput(props: InputProps) {
  return <Input inputMode="numeric" autoComplete="one-time-code" spellCheck={false} className="totp-input" {...props} />;
}
