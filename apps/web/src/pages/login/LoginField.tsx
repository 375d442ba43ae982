import type { ReactNode } from 'react';

/** The props that tie a login page control to its field: its id, error state and the text that explains it. */
export function controlProps(id: string, error: string | undefined) {
  return {
    id,
    status: error ? ('error' as const) : undefined,
    'aria-required': true,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}_help` : undefined,
  };
}

/**
 * A labelled field of the login page laid out like a vertical antd Form.Item, its error below the control in the
 * room the field keeps for it (no jump when one shows).
 */
export function LoginField({ id, label, error, children }: { id: string; label: string; error?: string; children: ReactNode }) {
  return (
    <div className="login-field">
      <div className="login-field-label">
        <label htmlFor={id}>{label}</label>
      </div>
      {children}
      <div className="login-field-explain">
        {error ? (
          <div id={`${id}_help`} role="alert">
            {error}
          </div>
        ) : null}
      </div>
    </div>
  );
}
