/**
 * The whole window waiting: the session being restored, or the code of the next screen loading. Drawn like antd's
 * large Spin (four dots turning) in CSS, so that the login page does not load Spin for it.
 */
export function FullPageSpin() {
  return (
    <div className="full-page-spin" data-testid="app-loading">
      <span className="page-spinner" aria-live="polite" aria-busy="true">
        <i />
        <i />
        <i />
        <i />
      </span>
    </div>
  );
}
