import type { ReactNode } from 'react';
import type { App } from 'antd';

type ModalApi = ReturnType<typeof App.useApp>['modal'];

/** The conversion warnings of an uploaded document as a list. */
export function WarningList({ warnings }: { warnings: readonly string[] }): ReactNode {
  return (
    <ul className="doc-warnings" data-testid="document-warnings">
      {warnings.map((w, i) => (
        <li key={i}>{w}</li>
      ))}
    </ul>
  );
}

/** A dialog listing the server's conversion warnings after an upload. */
export function showConversionWarnings(modal: ModalApi, title: string, warnings: readonly string[]) {
  modal.warning({ title, content: <WarningList warnings={warnings} />, width: 560 });
}
